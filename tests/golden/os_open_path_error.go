// os.Open on a missing file returns a nil *os.File and an *fs.PathError wrapping
// syscall.ENOENT, which errors.Is matches with os.ErrNotExist. Closing the nil file
// reports "invalid argument"; the error can be wrapped and unwrapped like any other.
package main

import (
	"errors"
	"fmt"
	"os"
)

func main() {
	f, err := os.Open("data.txt")
	fmt.Println(f == nil, err)
	fmt.Printf("%T|%v|%s|%q\n", err, err, err, err.Error())
	fmt.Printf("%T|%v\n", f, f)
	fmt.Println(errors.Is(err, os.ErrNotExist), errors.Is(err, errors.New("file does not exist")))
	inner := errors.Unwrap(err)
	fmt.Printf("%T|%v\n", inner, inner)
	fmt.Println(os.ErrNotExist, errors.Unwrap(inner) == nil)
	w := fmt.Errorf("load: %w", err)
	fmt.Println(w, errors.Is(w, os.ErrNotExist))
	fmt.Println(f.Close())
	fmt.Println(os.Stdout.Name(), os.Stderr.Name())
	_, err2 := os.Open("other.txt")
	fmt.Println(err2, err == err2)
}

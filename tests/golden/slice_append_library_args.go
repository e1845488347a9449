// A slice passed to a library function that only reads or copies it (strings.Join,
// bytes.Equal/Contains, Buffer.Write, Builder.Write, string(b), copy, append(x, s...))
// does not escape, so its append still gets the 32-byte stack buffer.
package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	var parts []string
	parts = append(parts, "a", "b")
	fmt.Println(strings.Join(parts, ","), cap(parts))
	var bs []byte
	bs = append(bs, 'h', 'i')
	var buf bytes.Buffer
	buf.Write(bs)
	fmt.Println(buf.String(), cap(bs))
	var b2 []byte
	b2 = append(b2, 'x')
	s := string(b2)
	fmt.Println(s, cap(b2))
	var b3 []byte
	b3 = append(b3, 'y')
	fmt.Println(bytes.Equal(b3, []byte("y")), bytes.Contains([]byte("abc"), []byte("bc")), bytes.Contains([]byte("abc"), nil), bytes.Equal(nil, []byte{}), cap(b3))
	var sb strings.Builder
	var b4 []byte
	b4 = append(b4, 'z')
	sb.Write(b4)
	fmt.Println(sb.String(), cap(b4))
	var c []int
	c = append(c, 1, 2)
	d := make([]int, 2)
	copy(d, c)
	fmt.Println(d, cap(c))
	var e []int
	e = append(e, 1)
	e = append(e, e...)
	fmt.Println(len(e), cap(e))
	var r []rune
	r = append(r, 'a')
	fmt.Println(string(r), cap(r))
}

package main

import "fmt"

type Celsius float64

type Status int

type Pair struct {
	K string
	V any
}

func main() {
	fmt.Println(fmt.Sprintf("%d-%s", 3, "x"))
	var c Celsius = 21.5
	var st Status = 2
	fmt.Println(c, st)
	fmt.Printf("%v %T %v %T\n", c, c, st, st)
	var v any = Pair{"k", 9}
	fmt.Printf("%v %+v %T\n", v, v, v)
	fmt.Println([]any{1, "a", nil, 2.5, true})
	fmt.Printf("%v %d\n", int8(-128), uint8(200))
	b := []byte("hey")
	fmt.Println(b)
	fmt.Printf("%s %x %q\n", b, b, b)
	fmt.Printf("%T %T %T\n", b, 'x', int64(1))
	fmt.Println('x', string(rune(120)))
}

package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	a := counter()
	b := counter()
	fmt.Println(a(), a(), a())
	fmt.Println(b(), a())
	x := 10
	add := func(d int) { x += d }
	add(5)
	add(-1)
	fmt.Println(x)
}

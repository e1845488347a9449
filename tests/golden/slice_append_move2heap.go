// Go 1.27: a slice appended in a loop whose one escape is a `return s` (or a range over
// it) keeps its backing store in the frame until then and moves to the heap just
// before. If the program reads cap, growth walks the size classes inside the buffer
// (1, 2, 3 ints) and the move keeps the cap; if not, the first append takes the whole
// buffer and the move trims the cap to the length's size class.
package main

import "fmt"

func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func buildCap(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
		fmt.Println("  in buildCap", len(s), cap(s))
	}
	return s
}

func collect(n int) (out []int) {
	for i := 0; i < n; i++ {
		out = append(out, i)
	}
	return
}

func main() {
	r1 := build(1)
	fmt.Println("build 1", len(r1), cap(r1))
	r3 := build(3)
	fmt.Println("build 3", len(r3), cap(r3))
	r5 := build(5)
	fmt.Println("build 5", len(r5), cap(r5))
	r2 := buildCap(5)
	fmt.Println("buildCap", len(r2), cap(r2))
	c := collect(5)
	fmt.Println("collect", len(c), cap(c))
	var k []int
	for i := 0; i < 3; i++ {
		k = append(k, i)
		fmt.Println("ranged later", len(k), cap(k))
	}
	for _, v := range k {
		fmt.Print(v)
	}
	fmt.Println(" cap", cap(k))
	var once []int
	once = append(once, 1)
	for _, v := range once {
		fmt.Println("one append, ranged", v, cap(once))
	}
}

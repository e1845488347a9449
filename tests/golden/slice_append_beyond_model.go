// What poolscope's model of gc's stack buffer for appends does not cover (listed in
// PENDING): gc inlines small functions and closures before escape analysis, so an
// append inside a helper or a directly called closure can use the caller's buffer; an
// inlined body in a loop shares one buffer over the iterations (used once per call of
// the caller); appends to a field of a local struct and slices kept only in a local
// interface variable also stay in the frame. poolscope grows these on the heap.
package main

import "fmt"

type Box struct{ items []int }

func add(s []int, v int) []int {
	return append(s, v)
}

func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func main() {
	var a []int
	a = add(a, 1)
	fmt.Println("helper", len(a), cap(a))
	var shared []int
	g := func() { shared = append(shared, 1) }
	g()
	fmt.Println("closure", cap(shared))
	var bx Box
	bx.items = append(bx.items, 1)
	fmt.Println("field", len(bx.items), cap(bx.items))
	var e []int
	e = append(e, 1)
	var anyv any = e
	fmt.Println("in an interface", cap(e), anyv != nil)
	for _, n := range []int{1, 2, 3, 5} {
		r := build(n)
		fmt.Println("build in a loop", n, len(r), cap(r))
	}
}

// What poolscope's model of gc's stack buffer for appends does not cover (listed in
// PENDING): gc inlines small functions and closures before escape analysis, so an
// append inside a helper or a directly called closure can use the caller's buffer; an
// inlined body in a loop shares one buffer over the iterations (used once per call of
// the caller). poolscope grows these on the heap.
package main

import "fmt"

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
	for _, n := range []int{1, 2, 3, 5} {
		r := build(n)
		fmt.Println("build in a loop", n, len(r), cap(r))
	}
}

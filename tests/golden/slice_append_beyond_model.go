// What poolscope's model of gc's stack buffer for appends does not cover (listed in
// PENDING): gc inlines a directly called closure, so its append to a captured slice can
// use the caller's buffer (poolscope: heap); and a small function inlined in a loop
// shares one buffer over the iterations, used once per call of the caller (poolscope
// gives every call of the function its own); and gc decides each inlined call on its
// own, while poolscope lets a helper's result escape for all calls if it escapes for
// one.
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
	var shared []int
	g := func() { shared = append(shared, 1) }
	g()
	fmt.Println("closure", cap(shared))
	for _, n := range []int{1, 2, 3, 5} {
		r := build(n)
		fmt.Println("build in a loop", n, len(r), cap(r))
	}
	var a []int
	a = add(a, 1)
	fmt.Println("helper, kept", len(a), cap(a))
	p := add(nil, 7)
	fmt.Println("helper, printed", p, cap(p))
}

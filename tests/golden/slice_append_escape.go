// Whether an append gets the stack buffer depends on where its slice goes: reading it
// (len, cap, index, range) or passing it to a function that only reads it keeps it in
// the frame; handing it to fmt, a goroutine, a closure or a global lets it escape, and
// it grows on the heap from cap 1.
package main

import (
	"fmt"
	"sync"
)

var global []int

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func keep(xs []int) { global = xs }

func main() {
	var a []int
	a = append(a, 1, 2)
	fmt.Println("read by sum", sum(a), len(a), cap(a))
	var b []int
	b = append(b, 1, 2)
	keep(b)
	fmt.Println("kept by keep", len(b), cap(b))
	var c []int
	c = append(c, 1)
	fmt.Println("printed", c, cap(c))
	var d []int
	d = append(d, 1)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println("goroutine sees", len(d))
	}()
	wg.Wait()
	fmt.Println("captured", cap(d))
	var f []int
	f = append(f, 1)
	fmt.Println("index", f[0], "nil check", f == nil, cap(f))
	g := func() int {
		var s []int
		for i := 0; i < 3; i++ {
			s = append(s, i)
		}
		return cap(s)
	}
	fmt.Println("inside a func literal", g())
}

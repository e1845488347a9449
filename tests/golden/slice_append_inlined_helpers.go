// gc inlines small functions before escape analysis, so what a helper returns goes
// where its caller puts it: appended by a tiny helper into a caller's local that does
// not escape, a slice gets the caller's stack buffer (cap 4). A function over gc's
// inlining budget returns a heap slice (cap 1), and so does a helper whose result the
// caller prints.
package main

import "fmt"

type Box struct{ xs []int }

func add(s []int, v int) []int {
	return append(s, v)
}

func push(s []int, v int) []int {
	return append(s, v)
}

func one(n int) []int {
	var s []int
	s = append(s, n)
	return s
}

func fill() (b Box) {
	b.xs = append(b.xs, 1)
	return
}

func large(n int) []int {
	var s []int
	a, b, c := n+1, n+2, n+3
	if a > b {
		a, b = b, a
	}
	if b > c {
		b, c = c, b
	}
	if a > b {
		a, b = b, a
	}
	for i := 0; i < 3; i++ {
		a += i * b
		b -= i * c
		c ^= i
	}
	switch {
	case a > 10:
		a = 10
	case a < -10:
		a = -10
	}
	s2 := append(s, a+b+c)
	return s2
}

func main() {
	var a []int
	a = add(a, 1)
	fmt.Println("helper", len(a), cap(a))
	for i := 2; i <= 5; i++ {
		a = add(a, i)
	}
	fmt.Println("helper in a loop", len(a), cap(a))
	r := one(1)
	fmt.Println("one append", cap(r))
	b := fill()
	fmt.Println("named struct result", cap(b.xs))
	l := large(5)
	fmt.Println("over the budget", cap(l))
	p := push(nil, 7)
	fmt.Println("printed", p, cap(p))
}

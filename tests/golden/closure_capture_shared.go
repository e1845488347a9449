package main

import "fmt"

func makePair() (func(), func() int) {
	v := 0
	inc := func() { v += 10 }
	get := func() int { return v }
	return inc, get
}

func apply(fs []func(int) int, x int) int {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

func main() {
	inc, get := makePair()
	inc()
	inc()
	fmt.Println(get())
	double := func(x int) int { return x * 2 }
	plus := func(n int) func(int) int {
		return func(x int) int { return x + n }
	}
	fmt.Println(apply([]func(int) int{double, plus(3), double}, 1))
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(15))
}

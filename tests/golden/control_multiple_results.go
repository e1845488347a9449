package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func minmax(xs ...int) (lo, hi int) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return
}

func named() (a int, s string, ok bool) {
	a = 1
	if a > 0 {
		return 2, "explicit", true
	}
	return
}

func zero() (a int, s string, err error) { return }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(9, 4))
	lo, hi := minmax(4, -2, 9, 0)
	fmt.Println(lo, hi)
	_, h := minmax([]int{3, 8}...)
	fmt.Println(h)
	fmt.Println(named())
	a, s, err := zero()
	fmt.Printf("%d %q %v\n", a, s, err)
}

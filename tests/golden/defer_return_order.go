package main

import "fmt"

func value(tag string) int {
	fmt.Println("evaluate result", tag)
	return 7
}

func f() (r int) {
	defer func() {
		fmt.Println("deferred sees r =", r)
		r++
	}()
	fmt.Println("body")
	return value("in return")
}

func main() {
	got := f()
	fmt.Println("caller gets", got)
}

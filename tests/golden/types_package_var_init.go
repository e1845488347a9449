package main

import "fmt"

var total = base + extra()

var base = 40

var calls = 0

func extra() int {
	calls++
	fmt.Println("extra() runs during package initialisation, base =", base)
	return 2
}

var (
	greeting = prefix + "world"
	prefix   = "hello, "
)

func main() {
	fmt.Println("main starts")
	fmt.Println(total, base, calls, greeting)
}

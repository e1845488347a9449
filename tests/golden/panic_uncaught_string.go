package main

import "fmt"

func main() {
	defer fmt.Println("deferred runs before the crash")
	fmt.Println("before")
	panic("something bad")
}

package main

import "fmt"

func main() {
	f := func() { fmt.Println("first f") }
	defer f()
	f = func() { fmt.Println("second f") }
	defer f()
	f = nil
	fmt.Println("f is nil now:", f == nil)
}

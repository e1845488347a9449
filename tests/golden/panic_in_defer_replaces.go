package main

import "fmt"

func f() {
	defer func() {
		fmt.Println("outer recover:", recover())
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

func main() {
	f()
	fmt.Println("main done")
}

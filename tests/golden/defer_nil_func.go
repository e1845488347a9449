package main

import "fmt"

func run() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	var f func()
	defer f()
	fmt.Println("defer of a nil func did not panic yet")
}

func main() {
	run()
	fmt.Println("main continues")
}

package main

import "fmt"

func handler() {
	if r := recover(); r != nil {
		fmt.Println("handler recovered:", r)
	}
}

func risky() {
	defer handler()
	panic("risky failed")
}

func main() {
	risky()
	fmt.Println("main continues")
}

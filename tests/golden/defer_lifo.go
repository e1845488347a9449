package main

import "fmt"

func demo() {
	defer fmt.Println("first")
	defer fmt.Println("second")
	defer fmt.Println("third")
	fmt.Println("body")
}

func main() {
	demo()
	fmt.Println("after demo")
}

package main

import "fmt"

func main() {
	var f func(int)
	defer f(1)
	fmt.Println("still running")
}

package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "str")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%s\n", 5)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%!\n")
}

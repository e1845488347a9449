package main

import "fmt"

func main() {
	n := 1 << 62
	fmt.Println("asking for", n, "ints")
	s := make([]int, n)
	fmt.Println(len(s))
}

package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	n := -1
	fmt.Println(len(make([]int, 0, 10)))
	s := make([]byte, n)
	fmt.Println(len(s))
}

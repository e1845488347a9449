package main

import "fmt"

func main() {
	fmt.Println("recover outside panic:", recover())
	defer func() {
		fmt.Println("recover in defer, no panic:", recover())
	}()
	fmt.Println("body")
}

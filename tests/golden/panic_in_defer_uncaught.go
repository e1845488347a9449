package main

import "fmt"

func main() {
	defer func() {
		panic("from defer")
	}()
	fmt.Println("body")
	panic("from body")
}

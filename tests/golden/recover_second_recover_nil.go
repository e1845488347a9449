package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("second deferred recover:", recover())
	}()
	defer func() {
		fmt.Println("first deferred recover:", recover())
		fmt.Println("again in same func:", recover())
	}()
	panic("once")
}

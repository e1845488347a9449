package main

import "fmt"

func main() {
	fmt.Println("main starts two goroutines and returns")
	go fmt.Println("never printed 1")
	go func() {
		fmt.Println("never printed 2")
	}()
}

package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		v := i * 2
	}
	f := func() {
		a, b := 1, 2
		fmt.Println(a)
	}
	f()
}

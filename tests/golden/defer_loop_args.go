package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		defer func(val int) {
			fmt.Println("val", val)
		}(i)
	}
	fmt.Println("loop done")
}

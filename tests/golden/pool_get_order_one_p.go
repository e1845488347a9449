package main

import (
	"fmt"
	"sync"
)

func main() {
	var p sync.Pool
	for i := 1; i <= 5; i++ {
		p.Put(i)
	}
	for i := 0; i < 6; i++ {
		fmt.Print(p.Get(), " ")
	}
	fmt.Println()
}

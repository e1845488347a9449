package main

import (
	"fmt"
	"os"
	"sync"
)

func total(xs []int) int {
	sum := 0
	for _, x := range xs {
		sum += x
	}
}

func main() {
	var p sync.Pool
	unused := 5
	fmt.Println(total([]int{1, 2}, 3))
	fmt.Println(missing)
	p.Put(1)
}

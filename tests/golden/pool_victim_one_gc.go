package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var p sync.Pool
	for i := 1; i <= 5; i++ {
		p.Put(i)
	}
	runtime.GC()
	fmt.Println("after one GC the objects sit in the victim cache:")
	for i := 0; i < 6; i++ {
		fmt.Print(p.Get(), " ")
	}
	fmt.Println()
}

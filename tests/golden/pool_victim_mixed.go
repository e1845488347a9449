package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var p sync.Pool
	p.Put(1)
	p.Put(2)
	p.Put(3)
	runtime.GC()
	p.Put(4)
	p.Put(5)
	p.Put(6)
	for i := 0; i < 7; i++ {
		fmt.Print(p.Get(), " ")
	}
	fmt.Println()
	p.Put(7)
	runtime.GC()
	p.Put(8)
	runtime.GC()
	fmt.Println(p.Get(), p.Get())
}

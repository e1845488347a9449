// Head order with one P over two rings and no GC: Put 1..20, Get 21 times.
// Then Put 1..3, GC, Put 10, Get 5 times: local first, then the victim.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"sync"
)

func main() {
	debug.SetGCPercent(-1)
	var p sync.Pool
	for i := 1; i <= 20; i++ {
		p.Put(i)
	}
	for i := 0; i < 21; i++ {
		fmt.Print(p.Get(), " ")
	}
	fmt.Println()
	p.Put(1)
	p.Put(2)
	p.Put(3)
	runtime.GC()
	p.Put(10)
	for i := 0; i < 5; i++ {
		fmt.Print(p.Get(), " ")
	}
	fmt.Println()
}

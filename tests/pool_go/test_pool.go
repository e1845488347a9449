// The assertions of Go's TestPool (pool_test.go), printed instead of asserted.
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
	fmt.Println(p.Get())
	p.Put("a")
	p.Put("b")
	fmt.Println(p.Get(), p.Get(), p.Get())
	for i := 0; i < 100; i++ {
		p.Put("c")
	}
	runtime.GC()
	fmt.Println(p.Get())
	runtime.GC()
	fmt.Println(p.Get())
}

// Victim order with one P: Put 1..20 (private, ring 0 of 8, ring 1 of 16),
// one GC, then Get until nil; then the same after two GCs.
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
	runtime.GC()
	for i := 0; i < 21; i++ {
		fmt.Print(p.Get(), " ")
	}
	fmt.Println()
	for i := 1; i <= 20; i++ {
		p.Put(i)
	}
	runtime.GC()
	runtime.GC()
	fmt.Println(p.Get())
}

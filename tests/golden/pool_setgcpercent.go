package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"sync"
)

func main() {
	old := debug.SetGCPercent(-1)
	fmt.Println("old GC percent:", old)
	var p sync.Pool
	p.Put("kept")
	fmt.Println(p.Get())
	p.Put("x")
	runtime.GC()
	runtime.GC()
	fmt.Println("explicit GC still clears the pool:", p.Get())
	fmt.Println("restored from:", debug.SetGCPercent(old))
	fmt.Println("now:", debug.SetGCPercent(50))
}

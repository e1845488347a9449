// Lesson 9: a GOMAXPROCS change between GCs makes the pool drop its per-P array.
// main stays on P0, which the old array still covers; the goroutine runs on the new
// P1 (main keeps P0 busy, so P1 steals it), and its Get reallocates the array.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var pool sync.Pool
	for i := 1; i <= 3; i++ {
		pool.Put(i)
	}
	runtime.GOMAXPROCS(2)
	fmt.Println("main on P0 after GOMAXPROCS(2):", pool.Get())

	done := make(chan any)
	go func() { done <- pool.Get() }()
	var got any
	for waiting := true; waiting; {
		select {
		case got = <-done:
			waiting = false
		default: // keep P0 busy
		}
	}
	fmt.Println("goroutine on P1:", got)
	fmt.Println("main again:", pool.Get(), "- objects 2 and 3 are lost")
}

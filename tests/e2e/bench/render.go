// The render benchmark's program (tests/e2e/bench/render.js): eight goroutines on eight Ps
// each Put 25 objects, so the runtime pane shows 200 objects spread over the Ps' private
// slots and shared chains; then main Gets 50 of them back, step by step.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type buf struct{ id int }

var pool = sync.Pool{New: func() any { return new(buf) }}

func main() {
	runtime.GOMAXPROCS(8)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				pool.Put(&buf{id: g*100 + i})
			}
		}(g)
	}
	wg.Wait()
	got := 0
	for i := 0; i < 50; i++ {
		if pool.Get() != nil {
			got++
		}
	}
	fmt.Println("got", got)
}

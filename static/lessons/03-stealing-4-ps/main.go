// poolscope: procs=4
// Lesson 3: stealing across 4 Ps. Which P is robbed, and when, depends on the
// scheduler; what never changes is that no object is lost and New is not needed.
package main

import (
	"fmt"
	"sync"
)

func main() {
	news := 0
	pool := sync.Pool{New: func() any {
		news++
		return -1
	}}
	for i := 1; i <= 9; i++ {
		pool.Put(i)
	}
	// Take the private object, so 2..9 are all in main's shared chain,
	// where other Ps can steal them from the tail.
	fmt.Println("main takes its private object:", pool.Get())

	results := make(chan int, 8)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- pool.Get().(int)
			results <- pool.Get().(int)
		}()
	}
	wg.Wait()
	close(results)

	seen := make([]bool, 10)
	for v := range results {
		if v > 0 {
			seen[v] = true
		}
	}
	missing := 0
	for v := 2; v <= 9; v++ {
		if !seen[v] {
			missing++
		}
	}
	fmt.Println("objects missing:", missing, "New calls:", news)
}

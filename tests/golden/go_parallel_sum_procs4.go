// poolscope: procs=4
package main

import (
	"fmt"
	"runtime"
	"sync"
)

// With four Ps the goroutines really run in parallel and finish in any order;
// only what does not depend on that order is printed.
func main() {
	fmt.Println("GOMAXPROCS:", runtime.GOMAXPROCS(0))
	nums := make([]int, 1000)
	for i := range nums {
		nums[i] = i + 1
	}
	parts := make(chan int)
	var mu sync.Mutex
	chunksDone := 0
	for start := 0; start < len(nums); start += 250 {
		go func(chunk []int) {
			sum := 0
			for _, v := range chunk {
				sum += v
			}
			mu.Lock()
			chunksDone++
			mu.Unlock()
			parts <- sum
		}(nums[start : start+250])
	}
	total := 0
	for i := 0; i < 4; i++ {
		total += <-parts
	}
	mu.Lock()
	fmt.Println("chunks:", chunksDone, "total:", total)
	mu.Unlock()
}

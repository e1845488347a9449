package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := range results {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			results[n] = n * n
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
	wg.Wait()
	fmt.Println("a second Wait on a zero counter returns at once")
}

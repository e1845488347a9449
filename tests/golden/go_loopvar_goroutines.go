package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	seen := make([]int, 0, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			seen = append(seen, i)
		}()
	}
	wg.Wait()
	fmt.Println("goroutines saw", seen)
}

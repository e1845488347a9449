package main

import (
	"fmt"
	"sync"
)

func main() {
	defer fmt.Println("main's defer never runs")
	fmt.Println("main starts a goroutine that indexes an empty slice")
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var s []int
		_ = s[3]
	}()
	wg.Wait()
	fmt.Println("not reached")
}

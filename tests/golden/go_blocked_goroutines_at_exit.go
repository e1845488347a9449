package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	never := make(chan int)
	var parked sync.WaitGroup
	for i := 0; i < 3; i++ {
		parked.Add(1)
		go func() {
			parked.Done()
			<-never
		}()
	}
	parked.Wait()
	fmt.Println("blocked goroutines:", runtime.NumGoroutine()-1)
	fmt.Println("main returns; blocked goroutines are not a deadlock and exit status is 0")
}

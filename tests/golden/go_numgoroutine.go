package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("at start:", runtime.NumGoroutine())
	block := make(chan struct{})
	done := make(chan int)
	for i := 0; i < 3; i++ {
		go func() {
			<-block
			done <- i
		}()
	}
	counts := []int{runtime.NumGoroutine()}
	close(block)
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-done
	}
	runtime.Gosched()
	counts = append(counts, runtime.NumGoroutine())
	fmt.Println("after go x3 and after they finish:", counts, "sum", sum)
	fmt.Println("GOMAXPROCS:", runtime.GOMAXPROCS(0))
}

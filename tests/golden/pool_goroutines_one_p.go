package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var p sync.Pool
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p.Put(i * 10)
		}()
	}
	wg.Wait()
	// Every goroutine ran on the only P, so all three Puts went to P0's local pool:
	// the first Put (by the goroutine that ran first) filled the private slot.
	got := []any{}
	for i := 0; i < 4; i++ {
		got = append(got, p.Get())
	}
	fmt.Println(got)
	p.Put("x")
	runtime.GC()
	done := make(chan any)
	go func() { done <- p.Get() }()
	fmt.Println("another goroutine finds the victim:", <-done)
}

// Lesson 4: objects survive one GC in the victim cache, but not two.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func drain(pool *sync.Pool, n int) {
	for i := 0; i < n; i++ {
		fmt.Print(pool.Get(), " ")
	}
	fmt.Println()
}

func main() {
	var pool sync.Pool
	for i := 1; i <= 4; i++ {
		pool.Put(i)
	}
	runtime.GC()
	fmt.Print("after one GC: ")
	drain(&pool, 5)

	for i := 1; i <= 4; i++ {
		pool.Put(i * 10)
	}
	runtime.GC()
	runtime.GC()
	fmt.Print("after two GCs: ")
	drain(&pool, 2)
}

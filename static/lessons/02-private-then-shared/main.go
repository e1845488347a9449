// Lesson 2: the private slot, then the head of the shared chain.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var pool sync.Pool
	for i := 1; i <= 5; i++ {
		pool.Put(i)
	}
	// Put 1 filled P0's private slot; 2..5 were pushed at the head of P0's shared chain.
	for i := 0; i < 6; i++ {
		fmt.Println("Get ->", pool.Get())
	}
	// Now empty: the next Put goes to the private slot again, the one after to the head.
	pool.Put("six")
	pool.Put("seven")
	fmt.Println("first Get after the refill ->", pool.Get())
	fmt.Println("second Get after the refill ->", pool.Get())
}

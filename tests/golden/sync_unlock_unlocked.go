package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	defer fmt.Println("deferred calls do not run after a fatal error")
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocking twice")
	mu.Unlock()
}

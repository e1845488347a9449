// Go's Get order with one P: Put 1..5, then Get six times.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var p sync.Pool
	for i := 1; i <= 5; i++ {
		p.Put(i)
	}
	for i := 0; i < 6; i++ {
		fmt.Println(p.Get())
	}
}

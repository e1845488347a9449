// Lesson 1: Get, Put and New.
package main

import (
	"bytes"
	"fmt"
	"sync"
)

func main() {
	created := 0
	pool := sync.Pool{
		New: func() any {
			created++
			fmt.Println("  New makes buffer", created)
			return new(bytes.Buffer)
		},
	}

	fmt.Println("Get on an empty pool:")
	a := pool.Get().(*bytes.Buffer)
	a.WriteString("first user")

	fmt.Println("Put it back, then Get again:")
	a.Reset()
	pool.Put(a)
	b := pool.Get().(*bytes.Buffer)
	fmt.Println("  same buffer as before:", a == b)

	fmt.Println("Get while b is still in use:")
	c := pool.Get().(*bytes.Buffer)
	fmt.Println("  a different buffer:", c != b)

	var bare sync.Pool
	fmt.Println("A pool without New returns", bare.Get())
	fmt.Println("buffers created:", created)
}

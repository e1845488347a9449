// Connections parked in a sync.Pool: two GCs drop them, and nobody closes them.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type Conn struct{ id int }

var opened, closed int

func dial() *Conn {
	opened++
	return &Conn{id: opened}
}

func (c *Conn) Close() { closed++ }

func main() {
	pool := sync.Pool{New: func() any { return dial() }}
	a, b := dial(), dial()
	pool.Put(a)
	pool.Put(b)
	runtime.GC()
	runtime.GC()
	c := pool.Get().(*Conn)
	c.Close()
	fmt.Println("opened", opened, "closed", closed)
}

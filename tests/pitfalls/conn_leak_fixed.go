// A bounded pool on a channel keeps its connections across GCs and closes them at the
// end; a sync.Pool of buffers (nothing to close) may drop whatever it likes.
package main

import (
	"bytes"
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
	idle := make(chan *Conn, 2)
	idle <- dial()
	idle <- dial()
	buffers := sync.Pool{New: func() any { return new(bytes.Buffer) }}
	buffers.Put(new(bytes.Buffer))
	conns := sync.Pool{New: func() any { return dial() }}
	c := conns.Get().(*Conn)
	c.Close()
	conns.Put(c)
	runtime.GC()
	runtime.GC()
	for len(idle) > 0 {
		(<-idle).Close()
	}
	fmt.Println("opened", opened, "closed", closed)
}

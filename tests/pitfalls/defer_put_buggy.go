// Three ways to give the caller something that is already back in the pool.
package main

import (
	"bytes"
	"fmt"
	"sync"
)

type Conn struct{ user string }

var conns = sync.Pool{New: func() any { return new(Conn) }}
var buffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func acquire() *Conn {
	c := conns.Get().(*Conn)
	defer conns.Put(c)
	return c
}

func acquireLogged() (c *Conn) {
	c = conns.Get().(*Conn)
	defer func() {
		fmt.Println("  handing out a conn")
		conns.Put(c)
	}()
	return c
}

// render returns the buffer's own memory, which the next user of the buffer reuses.
func render(name string) []byte {
	buf := buffers.Get().(*bytes.Buffer)
	defer func() {
		buf.Reset()
		buffers.Put(buf)
	}()
	buf.WriteString("id=" + name)
	return buf.Bytes()
}

func main() {
	a := acquire()
	b := acquire()
	fmt.Println("acquire twice, same conn:", a == b)
	c := acquireLogged()
	d := acquireLogged()
	fmt.Println("acquireLogged twice, same conn:", c == d)
	x := render("aaaa")
	y := render("bb")
	fmt.Printf("rendered %s and %s\n", x, y)
}

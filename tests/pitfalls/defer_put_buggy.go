// Two ways to give the caller an object that is already back in the pool.
package main

import (
	"fmt"
	"sync"
)

type Conn struct{ user string }

var conns = sync.Pool{New: func() any { return new(Conn) }}

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

func main() {
	a := acquire()
	b := acquire()
	fmt.Println("acquire twice, same conn:", a == b)
	c := acquireLogged()
	d := acquireLogged()
	fmt.Println("acquireLogged twice, same conn:", c == d)
}

// The caller puts the object back after its last use; a deferred Put is fine when the
// function returns something else.
package main

import (
	"fmt"
	"sync"
)

type Conn struct{ user string }

var conns = sync.Pool{New: func() any { return new(Conn) }}

func acquire() *Conn {
	return conns.Get().(*Conn)
}

func describe(user string) string {
	c := conns.Get().(*Conn)
	defer conns.Put(c)
	c.user = user
	return "conn for " + c.user
}

func main() {
	a := acquire()
	b := acquire()
	fmt.Println("acquire twice, same conn:", a == b)
	conns.Put(a)
	conns.Put(b)
	fmt.Println(describe("alice"))
}

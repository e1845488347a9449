// The caller puts the object back after its last use; a deferred Put is fine when the
// function returns something else, such as a copy of the buffer's bytes.
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
	return conns.Get().(*Conn)
}

func describe(user string) string {
	c := conns.Get().(*Conn)
	defer conns.Put(c)
	c.user = user
	return "conn for " + c.user
}

func render(name string) []byte {
	buf := buffers.Get().(*bytes.Buffer)
	defer func() {
		buf.Reset()
		buffers.Put(buf)
	}()
	buf.WriteString("id=" + name)
	return []byte(buf.String())
}

func main() {
	a := acquire()
	b := acquire()
	fmt.Println("acquire twice, same conn:", a == b)
	conns.Put(a)
	conns.Put(b)
	fmt.Println(describe("alice"))
	x := render("aaaa")
	y := render("bb")
	fmt.Printf("rendered %s and %s\n", x, y)
}

// The message is used, then put back; nothing touches it after the Put.
package main

import (
	"fmt"
	"sync"
)

type Msg struct{ text string }

var pool = sync.Pool{New: func() any { return new(Msg) }}

func main() {
	m := pool.Get().(*Msg)
	m.text = "hello"
	fmt.Println(m.text)
	fmt.Println(m)
	m.text = ""
	pool.Put(m)
	n := pool.Get().(*Msg)
	fmt.Println("the next Get sees:", n.text, "- same object:", m == n)
	n.text = "reused"
	fmt.Println(n.text)
	pool.Put(n)
}

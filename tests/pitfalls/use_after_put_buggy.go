// A message is changed and printed after it went back to the pool.
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
	pool.Put(m)
	m.text = "changed after Put"
	fmt.Println(m.text)
	fmt.Println(m)
	n := pool.Get().(*Msg)
	fmt.Println("the next Get sees:", n.text)
}

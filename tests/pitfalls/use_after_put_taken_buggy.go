// main puts its message back, a worker gets it, and main still writes to it.
package main

import (
	"fmt"
	"sync"
)

type Msg struct{ text string }

var pool = sync.Pool{New: func() any { return new(Msg) }}

func main() {
	m := pool.Get().(*Msg)
	m.text = "from main"
	pool.Put(m)
	ready := make(chan bool)
	done := make(chan bool)
	go func() {
		w := pool.Get().(*Msg)
		w.text = "from the worker"
		ready <- true
		<-ready
		fmt.Println("worker sees:", w.text)
		done <- true
	}()
	<-ready
	m.text = "main again"
	ready <- true
	<-done
}

// main keeps what it needs before the Put; the worker owns the message afterwards.
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
	mine := m.text
	pool.Put(m)
	ready := make(chan bool)
	done := make(chan bool)
	go func() {
		w := pool.Get().(*Msg)
		w.text = "from the worker"
		ready <- true
		<-ready
		fmt.Println("worker sees:", w.text)
		pool.Put(w)
		done <- true
	}()
	<-ready
	mine = "main again"
	ready <- true
	<-done
	fmt.Println("main kept:", mine)
}

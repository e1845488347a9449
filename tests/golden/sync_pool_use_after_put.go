package main

import (
	"bytes"
	"fmt"
	"sync"
)

var pool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// g1 puts its buffer back but keeps writing to it; by then g2 has got the same
// buffer from the pool, so g1's late write lands in g2's request.
func main() {
	var wg sync.WaitGroup
	turn := make(chan bool)
	var seenByG2 string
	wg.Add(2)
	go func() {
		defer wg.Done()
		buf := pool.Get().(*bytes.Buffer)
		buf.WriteString("g1 request")
		pool.Put(buf)
		turn <- true // g2's turn
		<-turn
		buf.WriteString(" +late write from g1")
		turn <- true
	}()
	go func() {
		defer wg.Done()
		<-turn
		buf := pool.Get().(*bytes.Buffer)
		buf.Reset()
		buf.WriteString("g2 request")
		turn <- true // g1's turn
		<-turn
		seenByG2 = buf.String()
		buf.Reset()
		pool.Put(buf)
	}()
	wg.Wait()
	fmt.Println("g2 sends:", seenByG2)
}

// Lesson 7: sync.Pool is not a connection pool. The GC drops pooled connections
// without closing them; a bounded pool built from a channel keeps every one.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"
)

type Conn struct{ id int }

var opened, closed int

func dial() *Conn {
	opened++
	return &Conn{id: opened}
}

func (c *Conn) Close() { closed++ }

var errTimeout = errors.New("get: timed out waiting for a connection")

// Bounded keeps at most max connections open. Idle ones wait in a buffered
// channel; Get waits for one, up to a timeout, when all are in use.
type Bounded struct {
	mu   sync.Mutex
	open int
	max  int
	idle chan *Conn
}

func NewBounded(max int) *Bounded {
	return &Bounded{max: max, idle: make(chan *Conn, max)}
}

func (b *Bounded) Get(timeout time.Duration) (*Conn, error) {
	select {
	case c := <-b.idle:
		return c, nil
	default:
	}
	b.mu.Lock()
	if b.open < b.max {
		b.open++
		b.mu.Unlock()
		return dial(), nil
	}
	b.mu.Unlock()
	select {
	case c := <-b.idle:
		return c, nil
	case <-time.After(timeout):
		return nil, errTimeout
	}
}

func (b *Bounded) Put(c *Conn) { b.idle <- c }

func (b *Bounded) Shutdown() {
	for len(b.idle) > 0 {
		(<-b.idle).Close()
		b.open--
	}
}

func main() {
	wrong := sync.Pool{New: func() any { return dial() }}
	for _, c := range []*Conn{dial(), dial(), dial()} {
		wrong.Put(c)
	}
	runtime.GC()
	runtime.GC()
	c := wrong.Get().(*Conn)
	fmt.Println("sync.Pool after two GCs dials again: conn", c.id)
	c.Close()
	fmt.Println("opened", opened, "closed", closed, "-> leaked", opened-closed)

	opened, closed = 0, 0
	pool := NewBounded(2)
	a, _ := pool.Get(time.Second)
	b, _ := pool.Get(time.Second)
	_, err := pool.Get(30 * time.Millisecond)
	fmt.Println("third Get with both in use:", err)
	go func() {
		time.Sleep(10 * time.Millisecond)
		pool.Put(a)
	}()
	d, err := pool.Get(time.Second)
	fmt.Println("after a Put, Get waits and reuses conn", d.id, err)
	pool.Put(b)
	pool.Put(d)
	pool.Shutdown()
	fmt.Println("opened", opened, "closed", closed, "-> leaked", opened-closed)
}

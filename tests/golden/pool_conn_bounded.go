package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

var out strings.Builder

func say(a ...any) { out.WriteString(fmt.Sprintln(a...)) }

var ErrTimeout = errors.New("pool: get timed out")

type Conn struct{ id int }

// ConnPool is a bounded pool: at most cap(slots) connections are open, idle ones
// wait in the idle channel, and Get gives up after a timeout. Unlike sync.Pool,
// nothing here is dropped by the GC, so every connection is closed on purpose.
type ConnPool struct {
	idle   chan *Conn
	slots  chan struct{}
	opened int
	closed int
}

func NewConnPool(max int) *ConnPool {
	return &ConnPool{idle: make(chan *Conn, max), slots: make(chan struct{}, max)}
}

func (p *ConnPool) Get(timeout time.Duration) (*Conn, error) {
	select {
	case c := <-p.idle:
		return c, nil
	default:
	}
	select {
	case p.slots <- struct{}{}:
		p.opened++
		return &Conn{id: p.opened}, nil
	default:
	}
	select {
	case c := <-p.idle:
		return c, nil
	case <-time.After(timeout):
		return nil, ErrTimeout
	}
}

func (p *ConnPool) Put(c *Conn) {
	select {
	case p.idle <- c:
	default:
		p.Close(c)
	}
}

func (p *ConnPool) Close(c *Conn) {
	p.closed++
	<-p.slots
}

func main() {
	pool := NewConnPool(2)
	c1, _ := pool.Get(time.Second)
	c2, _ := pool.Get(time.Second)
	say("got", c1.id, c2.id, "open:", len(pool.slots))
	_, err := pool.Get(50 * time.Millisecond)
	say("third Get:", err)
	go func() {
		time.Sleep(20 * time.Millisecond)
		say("worker returns conn", c1.id)
		pool.Put(c1)
	}()
	c3, err := pool.Get(time.Second)
	say("waited and got conn", c3.id, err)
	pool.Put(c2)
	pool.Put(c3)
	say("idle:", len(pool.idle), "opened:", pool.opened)
	for len(pool.idle) > 0 {
		pool.Close(<-pool.idle)
	}
	say("closed:", pool.closed, "open:", len(pool.slots))
	fmt.Print(out.String())
}

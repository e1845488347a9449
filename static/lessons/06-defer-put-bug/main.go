// Lesson 6: `defer pool.Put(c)` in a function that returns c.
package main

import (
	"fmt"
	"sync"
)

type Client struct {
	id    int
	owner string
}

var made = 0

var clients = sync.Pool{New: func() any {
	made++
	return &Client{id: made}
}}

// acquireBuggy puts the client back before its caller has even seen it.
func acquireBuggy() *Client {
	c := clients.Get().(*Client)
	defer clients.Put(c)
	return c
}

// acquire leaves the Put to the caller, after the last use.
func acquire() *Client {
	return clients.Get().(*Client)
}

func main() {
	a := acquireBuggy()
	a.owner = "request A"
	b := acquireBuggy()
	b.owner = "request B"
	fmt.Println("buggy:", a.id, a.owner, "|", b.id, b.owner, "| same:", a == b)

	c := acquire()
	d := acquire()
	c.owner, d.owner = "request C", "request D"
	fmt.Println("fixed:", c.id, c.owner, "|", d.id, d.owner, "| same:", c == d)
	clients.Put(c)
	clients.Put(d)
}

// Lesson 5: a bytes.Buffer pool without Reset leaks one request's data into the next.
package main

import (
	"bytes"
	"fmt"
	"sync"
)

var buffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func respond(user string, reset bool) string {
	buf := buffers.Get().(*bytes.Buffer)
	defer buffers.Put(buf)
	if reset {
		buf.Reset()
	}
	buf.WriteString("{\"user\":\"" + user + "\"}")
	return buf.String()
}

func main() {
	fmt.Println("forgetting Reset:")
	for _, u := range []string{"alice", "bob"} {
		fmt.Println(" ", respond(u, false))
	}
	fmt.Println("with Reset before use:")
	for _, u := range []string{"carol", "dave"} {
		fmt.Println(" ", respond(u, true))
	}
}

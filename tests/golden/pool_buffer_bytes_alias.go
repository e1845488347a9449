package main

import (
	"bytes"
	"fmt"
	"sync"
)

var pool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// renderBytes returns buf.Bytes(), which aliases the pooled buffer's memory:
// after Reset and Put, the next user of the buffer overwrites it.
func renderBytes(name string) []byte {
	buf := pool.Get().(*bytes.Buffer)
	defer func() {
		buf.Reset()
		pool.Put(buf)
	}()
	buf.WriteString("id=")
	buf.WriteString(name)
	return buf.Bytes()
}

// renderString copies the bytes out with String before the buffer goes back.
func renderString(name string) string {
	buf := pool.Get().(*bytes.Buffer)
	defer func() {
		buf.Reset()
		pool.Put(buf)
	}()
	buf.WriteString("id=")
	buf.WriteString(name)
	return buf.String()
}

func main() {
	a := renderBytes("aaaa")
	b := renderBytes("bb")
	fmt.Printf("%s %s\n", a, b)
	c := renderString("cccc")
	d := renderString("dd")
	fmt.Println(c, d)
}

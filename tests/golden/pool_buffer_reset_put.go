package main

import (
	"bytes"
	"fmt"
	"sync"
)

var allocs = 0

var bufferPool = sync.Pool{
	New: func() interface{} {
		allocs++
		return new(bytes.Buffer)
	},
}

func getBuffer() *bytes.Buffer {
	return bufferPool.Get().(*bytes.Buffer)
}

func putBuffer(buf *bytes.Buffer) {
	buf.Reset()
	bufferPool.Put(buf)
}

func handle(req int) string {
	buf := getBuffer()
	defer putBuffer(buf)
	for i := 0; i < req; i++ {
		buf.WriteByte('a' + byte(i))
	}
	return buf.String()
}

func main() {
	for req := 1; req <= 4; req++ {
		fmt.Println(handle(req))
	}
	fmt.Println("allocations:", allocs)
}

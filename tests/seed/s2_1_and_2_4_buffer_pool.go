// Seed article, sections 2.1 "sync.Pool的设计理念与适用场景分析" and 2.4 "缓冲区场景下的
// sync.Pool实战": both show exactly this bufferPool/getBuffer/putBuffer code.
// Added: package main, imports, and a main that serves three requests with it and
// counts New calls (the counter in New is added too).
package main

import (
	"bytes"
	"fmt"
	"sync"
)

var newCalls = 0

var bufferPool = sync.Pool{
	New: func() interface{} {
		newCalls++
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

func main() {
	for _, user := range []string{"ana", "bo", "cy"} {
		buf := getBuffer()
		buf.WriteString("hello " + user)
		fmt.Println(buf.String(), buf.Len())
		putBuffer(buf)
	}
	fmt.Println("New calls:", newCalls)
}

// Seed article, section 2.5 "sync.Pool的常见陷阱与最佳使用规范": the GetBuffer example and
// the following Reset-before-and-after-use snippet, in one program.
// Added: package main, imports, func main around the second snippet, a WriteString and
// Println where the article writes "// ... 使用 buf", and a second Get to show the
// buffer comes back empty.
package main

import (
	"bytes"
	"fmt"
	"sync"
)

var bufferPool = sync.Pool{
	New: func() interface{} {
		return new(bytes.Buffer)
	},
}

func GetBuffer() *bytes.Buffer {
	return bufferPool.Get().(*bytes.Buffer)
}

func main() {
	buf := GetBuffer()
	buf.Reset() // 关键:重置缓冲区
	// ... 使用 buf
	buf.WriteString("request data")
	fmt.Println(buf.String())
	buf.Reset()
	bufferPool.Put(buf)

	again := GetBuffer()
	fmt.Println(again == buf, again.Len())
}

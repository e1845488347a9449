// Seed article, section 4.2 "高频缓冲操作中的自动回收设计": processBuffer.
// Added: package main, imports, a WriteString/Println where the article writes
// "// 使用 buf 进行处理...", and a main that makes a pool with New and calls
// processBuffer three times.
package main

import (
	"bytes"
	"fmt"
	"sync"
)

var made = 0

func processBuffer(pool *sync.Pool) {
	buf := pool.Get().(*bytes.Buffer)
	defer func() {
		buf.Reset()   // 清空内容,避免污染
		pool.Put(buf) // 归还对象
	}()

	// 使用 buf 进行处理...
	buf.WriteString(fmt.Sprintf("payload, %d bytes before", buf.Len()))
	fmt.Println(buf.String())
}

func main() {
	pool := &sync.Pool{New: func() interface{} {
		made++
		return new(bytes.Buffer)
	}}
	for i := 0; i < 3; i++ {
		processBuffer(pool)
	}
	fmt.Println("buffers made:", made)
}

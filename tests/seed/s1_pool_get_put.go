// Seed article, chapter 1, "对象复用的艺术: sync.Pool 的设计哲学与实战应用", first example.
// Added: package main, imports, and func main around the Get/Reset/Write/Put statements,
// plus the last Println so the program shows something.
package main

import (
	"bytes"
	"fmt"
	"sync"
)

var bufferPool = sync.Pool{
	New: func() interface{} {
		return new(bytes.Buffer) // 返回初始化后的对象
	},
}

func main() {
	// 获取对象
	buf := bufferPool.Get().(*bytes.Buffer)
	buf.Reset() // 使用前重置状态
	buf.WriteString("hello")
	fmt.Println(buf.String())
	// 用完放回池中
	bufferPool.Put(buf)
}

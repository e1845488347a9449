package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	news := 0
	p := sync.Pool{New: func() any {
		news++
		return fmt.Sprintf("new-%d", news)
	}}
	p.Put("a")
	p.Put("b")
	runtime.GC()
	runtime.GC()
	fmt.Println(p.Get(), p.Get())
	fmt.Println("New calls:", news)
}

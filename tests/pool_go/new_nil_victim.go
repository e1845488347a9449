// Put(nil) is ignored; New runs only when local and victim are both empty; a Put
// after a GC is found before the victim's objects.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"sync"
)

func main() {
	debug.SetGCPercent(-1)
	i := 0
	p := sync.Pool{New: func() any {
		i++
		return i * 100
	}}
	p.Put(nil)
	fmt.Println(p.Get())
	p.Put("a")
	p.Put("b")
	p.Put("c")
	runtime.GC()
	p.Put("d")
	fmt.Println(p.Get(), p.Get(), p.Get(), p.Get(), p.Get())
	p.Put("e")
	runtime.GC()
	runtime.GC()
	fmt.Println(p.Get(), p.Get())
}

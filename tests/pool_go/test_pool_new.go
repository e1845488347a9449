// The assertions of Go's TestPoolNew (pool_test.go), printed instead of asserted.
package main

import (
	"fmt"
	"sync"
)

func main() {
	i := 0
	p := sync.Pool{New: func() any {
		i++
		return i
	}}
	fmt.Println(p.Get(), p.Get())
	p.Put(42)
	fmt.Println(p.Get())
	fmt.Println(p.Get())
}

// Lesson 8: allocation pressure with and without a pool. Each burst needs four
// buffers at once; between bursts the program is idle for zero, one or two GCs.
package main

import (
	"bytes"
	"fmt"
	"runtime"
	"sync"
)

func main() {
	news := 0
	pool := sync.Pool{New: func() any {
		news++
		return new(bytes.Buffer)
	}}
	gcsBefore := []int{0, 1, 0, 2, 1, 2}
	withoutPool, total := 0, 0
	for burst, gcs := range gcsBefore {
		for i := 0; i < gcs; i++ {
			runtime.GC()
		}
		before := news
		held := make([]*bytes.Buffer, 4)
		for i := range held {
			held[i] = pool.Get().(*bytes.Buffer)
			held[i].WriteString("work")
		}
		for _, b := range held {
			b.Reset()
			pool.Put(b)
		}
		withoutPool += len(held)
		total = news
		fmt.Printf("burst %d after %d GC(s): New called %d times\n", burst+1, gcs, news-before)
	}
	fmt.Println("allocations without a pool:", withoutPool, "with a pool:", total)
}

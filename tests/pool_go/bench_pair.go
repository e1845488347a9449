// Real Go's serial sync.Pool figures for docs/bench-pool.md: a Put(1); Get() pair,
// and Put x100 then Get x100, on one goroutine (GOMAXPROCS as given to real-go).
package main

import (
	"fmt"
	"sync"
	"testing"
)

var sink any

func main() {
	var p sync.Pool
	pair := testing.Benchmark(func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			p.Put(1)
			sink = p.Get()
		}
	})
	fmt.Printf("pair: %.2f ns/op (N=%d)\n", float64(pair.T.Nanoseconds())/float64(pair.N), pair.N)
	var q sync.Pool
	burst := testing.Benchmark(func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			for j := 0; j < 100; j++ {
				q.Put(1)
			}
			for j := 0; j < 100; j++ {
				sink = q.Get()
			}
		}
	})
	fmt.Printf("put100get100: %.2f ns/op (N=%d)\n", float64(burst.T.Nanoseconds())/float64(burst.N), burst.N)
}

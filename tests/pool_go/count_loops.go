// Real Go's sync.Pool loops for counting instructions (docs/bench-pool.md): N
// iterations of a Put(1); Get() pair, or of Put x100 then Get x100, on one
// goroutine. Build it with the Go that real-go installs and run it under
// valgrind --tool=callgrind with N and with 0:
//
//	GOMAXPROCS=1 valgrind --tool=callgrind ./count_loops pair 200000
//
// (Not for real-go, which passes no arguments.)
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

var sink any

func main() {
	if len(os.Args) != 3 {
		fmt.Println("usage: count_loops pair|burst N")
		os.Exit(2)
	}
	n, _ := strconv.Atoi(os.Args[2])
	var p sync.Pool
	if os.Args[1] == "pair" {
		for i := 0; i < n; i++ {
			p.Put(1)
			sink = p.Get()
		}
	} else {
		for i := 0; i < n; i++ {
			for j := 0; j < 100; j++ {
				p.Put(1)
			}
			for j := 0; j < 100; j++ {
				sink = p.Get()
			}
		}
	}
}

// Lesson 16: processBuffer with defer Reset+Put, a mutex with defer Unlock, and
// goroutines sharing one pool.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
)

var buffers = sync.Pool{New: func() any {
	stats.mu.Lock()
	defer stats.mu.Unlock()
	stats.news++
	return new(bytes.Buffer)
}}

var stats struct {
	mu      sync.Mutex
	news    int
	handled int
	lines   []string
}

func record(line string) {
	stats.mu.Lock()
	defer stats.mu.Unlock()
	stats.handled++
	stats.lines = append(stats.lines, line)
}

func processBuffer(id int, words []string) {
	buf := buffers.Get().(*bytes.Buffer)
	defer func() {
		buf.Reset()
		buffers.Put(buf)
	}()
	buf.WriteString(fmt.Sprintf("req %d:", id))
	for _, w := range words {
		buf.WriteByte(' ')
		buf.WriteString(strings.ToUpper(w))
	}
	record(buf.String())
}

func main() {
	requests := [][]string{{"get", "put"}, {"new"}, {"defer", "reset"}, {"gc"}, {"victim"}}
	var wg sync.WaitGroup
	for id, words := range requests {
		wg.Add(1)
		go func() {
			defer wg.Done()
			processBuffer(id+1, words)
		}()
	}
	wg.Wait()
	// Lines are in the order the goroutines ran: with one P, the last one started
	// runs first (runnext), then the rest in order.
	for _, l := range stats.lines {
		fmt.Println(l)
	}
	fmt.Println("handled", stats.handled, "requests with", stats.news, "buffer(s)")
}

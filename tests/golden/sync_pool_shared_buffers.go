package main

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
)

var out strings.Builder

func say(a ...any) { out.WriteString(fmt.Sprintln(a...)) }

var news = 0

var bufPool = sync.Pool{New: func() any {
	news++
	return new(bytes.Buffer)
}}

func handle(id int, started *sync.WaitGroup, hold chan bool) {
	buf := bufPool.Get().(*bytes.Buffer)
	defer func() {
		buf.Reset()
		bufPool.Put(buf)
	}()
	buf.WriteString(fmt.Sprintf("request %d", id))
	if hold != nil {
		started.Done()
		<-hold
	}
	say(buf.String())
}

func main() {
	var wg sync.WaitGroup
	for id := 1; id <= 4; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			handle(id, nil, nil)
		}()
	}
	wg.Wait()
	say("no goroutine blocks while holding a buffer: New calls =", news)
	hold := make(chan bool)
	var started sync.WaitGroup
	for id := 5; id <= 7; id++ {
		wg.Add(1)
		started.Add(1)
		go func() {
			defer wg.Done()
			handle(id, &started, hold)
		}()
	}
	started.Wait()
	for i := 0; i < 3; i++ {
		hold <- true
	}
	wg.Wait()
	say("three held at once: New calls =", news)
	fmt.Print(out.String())
}

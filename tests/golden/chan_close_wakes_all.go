package main

import (
	"fmt"
	"strings"
	"sync"
)

var out strings.Builder

func say(a ...any) { out.WriteString(fmt.Sprintln(a...)) }

func main() {
	start := make(chan struct{})
	var wg sync.WaitGroup
	for id := 1; id <= 3; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, ok := <-start
			say("worker", id, "released, ok =", ok)
		}()
	}
	ready := make(chan bool)
	go func() { ready <- true }()
	<-ready
	say("closing start")
	close(start)
	wg.Wait()
	fmt.Print(out.String())
}

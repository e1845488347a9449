package main

import (
	"fmt"
	"strings"
	"sync"
)

var out strings.Builder

func say(a ...any) { out.WriteString(fmt.Sprintln(a...)) }

// Unlock wakes the waiter but does not hand it the lock: main, still running,
// takes the lock again before the woken goroutine gets to run.
func main() {
	var mu sync.Mutex
	var parked sync.WaitGroup
	done := make(chan bool)
	mu.Lock()
	parked.Add(1)
	go func() {
		parked.Done()
		mu.Lock()
		say("waiter finally has the lock")
		mu.Unlock()
		done <- true
	}()
	parked.Wait()
	mu.Unlock()
	mu.Lock()
	say("main took the lock back at once")
	mu.Unlock()
	<-done
	fmt.Print(out.String())
}

package main

import (
	"fmt"
	"strings"
	"sync"
)

var out strings.Builder

func say(a ...any) { out.WriteString(fmt.Sprintln(a...)) }

// step starts f in a goroutine and returns once f has called parked.Done,
// which f does just before it blocks (or finishes).
func step(wg *sync.WaitGroup, f func(parked *sync.WaitGroup)) {
	var parked sync.WaitGroup
	parked.Add(1)
	wg.Add(1)
	go func() {
		defer wg.Done()
		f(&parked)
	}()
	parked.Wait()
}

func main() {
	var rw sync.RWMutex
	var wg sync.WaitGroup
	rw.RLock()
	say("main holds a read lock")
	step(&wg, func(parked *sync.WaitGroup) {
		rw.RLock()
		say("reader 1 shares the read lock")
		rw.RUnlock()
		parked.Done()
	})
	step(&wg, func(parked *sync.WaitGroup) {
		say("writer waits for the readers")
		parked.Done()
		rw.Lock()
		say("writer has the lock")
		rw.Unlock()
	})
	step(&wg, func(parked *sync.WaitGroup) {
		say("reader 2 arrives after the writer and waits")
		parked.Done()
		rw.RLock()
		say("reader 2 reads")
		rw.RUnlock()
	})
	say("main releases its read lock")
	rw.RUnlock()
	wg.Wait()
	fmt.Print(out.String())
}

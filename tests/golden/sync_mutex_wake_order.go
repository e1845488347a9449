package main

import (
	"fmt"
	"strings"
	"sync"
)

var out strings.Builder

func say(a ...any) { out.WriteString(fmt.Sprintln(a...)) }

func main() {
	var mu sync.Mutex
	var started, wg sync.WaitGroup
	mu.Lock()
	for _, name := range []string{"m1", "m2", "m3"} {
		started.Add(1)
		wg.Add(1)
		go func() {
			defer wg.Done()
			started.Done()
			mu.Lock()
			say(name, "has the lock")
			mu.Unlock()
		}()
	}
	started.Wait()
	say("main unlocks with three waiters")
	mu.Unlock()
	wg.Wait()
	fmt.Print(out.String())
}

package main

import (
	"fmt"
	"strings"
	"sync"
)

var out strings.Builder

func say(a ...any) { out.WriteString(fmt.Sprintln(a...)) }

func main() {
	ch := make(chan int)
	var started, wg sync.WaitGroup
	for _, name := range []string{"r1", "r2", "r3"} {
		started.Add(1)
		wg.Add(1)
		go func() {
			defer wg.Done()
			say(name, "waits")
			started.Done()
			v := <-ch
			say(name, "got", v)
		}()
	}
	// The last receiver's Done wakes main, but that receiver reaches <-ch before
	// main runs, so all three are queued on ch when main starts sending.
	started.Wait()
	for i := 0; i < 3; i++ {
		ch <- 100 + i
		say("main sent", 100+i)
	}
	wg.Wait()
	fmt.Print(out.String())
}

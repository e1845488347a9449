package main

import (
	"fmt"
	"strings"
	"sync"
)

var out strings.Builder

func say(a ...any) { out.WriteString(fmt.Sprintln(a...)) }

func main() {
	var parked, ready, done sync.WaitGroup
	ready.Add(1)
	for _, name := range []string{"w1", "w2", "w3"} {
		parked.Add(1)
		done.Add(1)
		go func() {
			defer done.Done()
			say(name, "waits")
			parked.Done()
			ready.Wait()
			say(name, "woke")
		}()
	}
	parked.Wait()
	say("main calls Done with three waiters parked")
	ready.Done()
	say("main after Done")
	done.Wait()
	fmt.Print(out.String())
}

package main

import (
	"fmt"
	"strings"
	"sync"
)

var out strings.Builder

func say(a ...any) { out.WriteString(fmt.Sprintln(a...)) }

func main() {
	ch := make(chan string)
	var started, wg sync.WaitGroup
	for _, name := range []string{"s1", "s2", "s3"} {
		started.Add(1)
		wg.Add(1)
		go func() {
			defer wg.Done()
			started.Done()
			ch <- name
			say(name, "unblocked")
		}()
	}
	started.Wait()
	say("all senders are blocked")
	for i := 0; i < 3; i++ {
		say("main got", <-ch)
	}
	wg.Wait()
	say("end")
	fmt.Print(out.String())
}

package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

var out strings.Builder

func say(a ...any) { out.WriteString(fmt.Sprintln(a...)) }

func main() {
	var wg sync.WaitGroup
	for _, ms := range []int{300, 100, 200} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(ms) * time.Millisecond)
			say("woke after", ms, "ms")
		}()
	}
	say("main waits")
	wg.Wait()
	fmt.Print(out.String())
}

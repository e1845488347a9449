package main

import (
	"fmt"
	"strings"
	"sync"
)

// say buffers output; main prints it once at the end (INDEX.md, "determinism").
var out strings.Builder

func say(a ...any) { out.WriteString(fmt.Sprintln(a...)) }

func main() {
	var wg sync.WaitGroup
	for _, name := range []string{"g1", "g2", "g3"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			say("running", name)
		}()
	}
	say("main blocks in Wait")
	wg.Wait()
	say("main resumes")
	fmt.Print(out.String())
}

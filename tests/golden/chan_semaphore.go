package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
)

var out strings.Builder

func say(a ...any) { out.WriteString(fmt.Sprintln(a...)) }

func main() {
	sem := make(chan struct{}, 2)
	var wg sync.WaitGroup
	active, peak := 0, 0
	for id := 1; id <= 4; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			active++
			if active > peak {
				peak = active
			}
			say("job", id, "holds a slot; active", active)
			runtime.Gosched()
			active--
			<-sem
			say("job", id, "released")
		}()
	}
	wg.Wait()
	say("peak", peak, "free slots", cap(sem)-len(sem))
	fmt.Print(out.String())
}

package main

import (
	"fmt"
	"strings"
	"sync"
)

var out strings.Builder

func say(a ...any) { out.WriteString(fmt.Sprintln(a...)) }

func safeGo(wg *sync.WaitGroup, id int, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				say("goroutine", id, "recovered:", r)
			}
		}()
		f()
		say("goroutine", id, "finished")
	}()
}

func main() {
	var wg sync.WaitGroup
	safeGo(&wg, 1, func() {})
	safeGo(&wg, 2, func() { panic("job 2 failed") })
	safeGo(&wg, 3, func() {
		var m map[string]int
		m["x"]++
	})
	wg.Wait()
	say("main still alive")
	fmt.Print(out.String())
}

package main

import (
	"fmt"
	"strings"
	"time"
)

var out strings.Builder

func say(a ...any) { out.WriteString(fmt.Sprintln(a...)) }

func main() {
	go say("goroutine runs while main sleeps")
	go func() {
		time.Sleep(100 * time.Millisecond)
		say("late goroutine: main has already returned")
	}()
	time.Sleep(20 * time.Millisecond)
	say("main done sleeping")
	fmt.Print(out.String())
}

package main

import (
	"fmt"
	"runtime"
	"strings"
)

var out strings.Builder

func say(a ...any) { out.WriteString(fmt.Sprintln(a...)) }

func inner() {
	defer say("inner defer")
	runtime.Goexit()
	say("not reached")
}

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer func() {
			say("recover during Goexit:", recover())
		}()
		defer say("outer defer")
		inner()
		say("not reached either")
	}()
	_, ok := <-done
	say("done closed:", !ok)
	fmt.Print(out.String())
}

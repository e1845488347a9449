package main

import (
	"fmt"
	"runtime"
	"strings"
)

var out strings.Builder

func say(a ...any) { out.WriteString(fmt.Sprintln(a...)) }

func main() {
	done := make(chan bool, 2)
	go func() {
		say("a")
		done <- true
	}()
	go func() {
		say("b")
		done <- true
	}()
	say("main yields")
	runtime.Gosched()
	say("main back, buffered:", len(done))
	<-done
	<-done
	fmt.Print(out.String())
}

package main

import (
	"fmt"
	"strings"
)

var out strings.Builder

func say(a ...any) { out.WriteString(fmt.Sprintln(a...)) }

func main() {
	a := make(chan string)
	b := make(chan string)
	done := make(chan bool)
	go func() {
		for i := 0; i < 2; i++ {
			select {
			case v := <-a:
				say("from a:", v)
			case v := <-b:
				say("from b:", v)
			}
		}
		done <- true
	}()
	b <- "first"
	say("main sent on b")
	a <- "second"
	say("main sent on a")
	<-done
	fmt.Print(out.String())
}

package main

import (
	"fmt"
	"strings"
)

var out strings.Builder

func say(a ...any) { out.WriteString(fmt.Sprintln(a...)) }

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		for v := range ch {
			say("received", v)
		}
		say("receiver sees close")
		done <- true
	}()
	for i := 1; i <= 3; i++ {
		say("sending", i)
		ch <- i
		say("sent", i)
	}
	close(ch)
	<-done
	fmt.Print(out.String())
}

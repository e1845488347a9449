package main

import (
	"fmt"
	"strings"
)

var out strings.Builder

func say(a ...any) { out.WriteString(fmt.Sprintln(a...)) }

func main() {
	ch := make(chan int, 2)
	go func() {
		ch <- 10
		ch <- 20
		close(ch)
		say("producer closed the channel")
	}()
	for {
		v, ok := <-ch
		say(v, ok)
		if !ok {
			break
		}
	}
	fmt.Print(out.String())
}

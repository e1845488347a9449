package main

import (
	"fmt"
	"strings"
)

var out strings.Builder

func say(a ...any) { out.WriteString(fmt.Sprintln(a...)) }

func main() {
	ch := make(chan int, 2)
	done := make(chan bool)
	go func() {
		for v := range ch {
			say("consumed", v, "left in buffer", len(ch))
		}
		done <- true
	}()
	for i := 1; i <= 5; i++ {
		ch <- i
		say("produced", i)
	}
	close(ch)
	<-done
	fmt.Print(out.String())
}

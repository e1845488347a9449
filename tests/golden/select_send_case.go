package main

import (
	"fmt"
	"strings"
	"time"
)

var out strings.Builder

func say(a ...any) { out.WriteString(fmt.Sprintln(a...)) }

func main() {
	queue := []int{1, 2, 3}
	outc := make(chan int)
	done := make(chan bool)
	go func() {
		for v := range outc {
			say("consumer got", v)
		}
		done <- true
	}()
	for len(queue) > 0 {
		select {
		case outc <- queue[0]:
			say("sent", queue[0])
			queue = queue[1:]
		default:
			say("consumer not waiting; main sleeps")
			time.Sleep(5 * time.Millisecond)
		}
	}
	close(outc)
	<-done
	fmt.Print(out.String())
}

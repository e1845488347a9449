package main

import (
	"fmt"
	"strings"
	"time"
)

var out strings.Builder

func say(a ...any) { out.WriteString(fmt.Sprintln(a...)) }

func main() {
	results := make(chan string)
	go func() {
		time.Sleep(30 * time.Millisecond)
		results <- "fast job"
	}()
	go func() {
		time.Sleep(120 * time.Millisecond)
		results <- "slow job"
	}()
	deadline := time.After(80 * time.Millisecond)
	for i := 0; i < 3; i++ {
		select {
		case r := <-results:
			say("result:", r)
		case <-deadline:
			say("deadline passed")
		}
	}
	fmt.Print(out.String())
}

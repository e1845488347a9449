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
		time.Sleep(20 * time.Millisecond)
		results <- "fast job"
	}()
	go func() {
		time.Sleep(400 * time.Millisecond)
		results <- "slow job"
	}()
	deadline := time.After(150 * time.Millisecond)
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

package main

import (
	"fmt"
	"strings"
)

var out strings.Builder

func say(a ...any) { out.WriteString(fmt.Sprintln(a...)) }

func worker(jobs <-chan int, quit <-chan struct{}, done chan<- int) {
	handled := 0
	for {
		select {
		case j := <-jobs:
			say("job", j)
			handled++
		case <-quit:
			say("quit after", handled, "jobs")
			done <- handled
			return
		}
	}
}

func main() {
	jobs := make(chan int)
	quit := make(chan struct{})
	done := make(chan int)
	go worker(jobs, quit, done)
	for j := 1; j <= 3; j++ {
		jobs <- j
	}
	close(quit)
	n := <-done
	say("main saw", n)
	fmt.Print(out.String())
}

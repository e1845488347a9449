package main

import (
	"fmt"
)

func main() {
	block := make(chan bool)
	go func() {
		defer func() {
			// The goroutine's own deferred calls still run before the crash;
			// stdout is written here because nothing else can run.
			fmt.Println("goroutine defer runs")
		}()
		panic(fmt.Sprintf("worker failed after %d tries", 3))
	}()
	<-block
}

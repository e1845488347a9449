package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("other goroutine finishes")
		done <- true
	}()
	<-done
	defer fmt.Println("main's defer runs before Goexit ends main")
	runtime.Goexit()
}

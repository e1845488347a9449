package main

import (
	"fmt"
	"time"
)

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		<-a
		b <- 1
	}()
	go func() {
		time.Sleep(10 * time.Millisecond)
		<-b
		a <- 1
	}()
	fmt.Println("a sleeping goroutine is not a deadlock; two waiting on each other is")
	<-make(chan bool)
}

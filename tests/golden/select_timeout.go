package main

import (
	"fmt"
	"time"
)

func main() {
	slow := make(chan string)
	go func() {
		time.Sleep(200 * time.Millisecond)
		slow <- "slow reply"
	}()
	select {
	case v := <-slow:
		fmt.Println(v)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("timed out waiting")
	}
	select {
	case v := <-slow:
		fmt.Println("later:", v)
	case <-time.After(time.Second):
		fmt.Println("never")
	}
}

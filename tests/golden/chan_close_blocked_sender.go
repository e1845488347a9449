package main

import "fmt"

func main() {
	ch := make(chan int)
	parked := make(chan bool)
	go func() {
		defer func() {
			fmt.Println("sender recovered:", recover())
			parked <- true
		}()
		parked <- true
		ch <- 1
	}()
	<-parked
	close(ch)
	<-parked
	v, ok := <-ch
	fmt.Println("receive after close:", v, ok)
}

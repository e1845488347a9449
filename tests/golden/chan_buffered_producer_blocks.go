package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	go func() {
		for i := 1; i <= 4; i++ {
			ch <- i
		}
	}()
	fmt.Println("main blocks; the producer fills the buffer and blocks too")
	select {}
}

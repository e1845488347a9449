package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("waiting for a value nobody sends")
	<-ch
}

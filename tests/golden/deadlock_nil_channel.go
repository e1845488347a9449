package main

import "fmt"

func main() {
	var ch chan string
	fmt.Println("sending on a nil channel blocks forever")
	ch <- "x"
}

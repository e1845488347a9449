package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		fmt.Println(name, "->", r, isErr, err != nil)
	}()
	f()
}

func main() {
	try("close twice", func() {
		ch := make(chan int)
		close(ch)
		close(ch)
	})
	try("close nil", func() {
		var ch chan int
		close(ch)
	})
	try("send closed", func() {
		ch := make(chan bool, 1)
		close(ch)
		ch <- true
	})
}

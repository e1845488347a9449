package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	calls := 0
	setup := func() {
		calls++
		panic("setup failed")
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		once.Do(setup)
	}()
	once.Do(setup)
	fmt.Println("setup ran", calls, "time(s): a panicking f still counts as done")
}

// Lesson 14: panic, recover and re-panic: where recover works and where it doesn't.
package main

import (
	"errors"
	"fmt"
)

func logRecover() {
	// Called by a deferred closure, not deferred itself: recover returns nil here.
	fmt.Println("  helper's recover:", recover())
}

func direct() {
	defer func() {
		fmt.Println("  deferred func's recover:", recover())
	}()
	defer func() { logRecover() }()
	panic("first")
}

func repanic() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("  cleanup, then panic again with", r)
			panic(fmt.Errorf("repanic: %v", r))
		}
	}()
	panic(errors.New("disk full"))
}

func main() {
	fmt.Println("recover when not panicking:", recover())
	fmt.Println("direct:")
	direct()
	fmt.Println("repanic, caught one level up:")
	func() {
		defer func() { fmt.Println("  outer recover:", recover()) }()
		repanic()
	}()
	fmt.Println("a runtime error is a value too:")
	func() {
		defer func() {
			err := recover().(error)
			fmt.Println("  recovered:", err)
		}()
		var counts map[string]int
		counts["x"]++
	}()
	fmt.Println("uncaught, after a recover and re-panic:")
	repanic()
}

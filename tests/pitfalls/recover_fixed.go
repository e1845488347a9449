// recover called by the deferred function itself, named or literal.
package main

import "fmt"

func logPanic() {
	if r := recover(); r != nil {
		fmt.Println("recovered:", r)
	}
}

func risky() {
	defer logPanic()
	panic("boom")
}

func literal() {
	defer func() {
		fmt.Println("literal recovered:", recover())
	}()
	panic("bang")
}

func main() {
	fmt.Println("recover outside any panic:", recover())
	risky()
	literal()
	fmt.Println("main goes on")
}

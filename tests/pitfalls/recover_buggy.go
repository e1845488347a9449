// recover in a helper of the deferred function: it returns nil.
package main

import "fmt"

func logPanic() {
	if r := recover(); r != nil {
		fmt.Println("recovered:", r)
	}
}

func checkNothing() {
	fmt.Println("helper's recover without a panic:", recover())
}

func quiet() {
	defer func() { checkNothing() }()
	fmt.Println("quiet works")
}

func risky() {
	defer func() { logPanic() }()
	panic("boom")
}

func main() {
	quiet()
	risky()
	fmt.Println("not reached")
}

// Lesson 12: loop variables in Go 1.21 and in Go 1.22. Run it both ways.
package main

import "fmt"

func main() {
	var prints []func()
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("deferred closure sees", i) }()
		prints = append(prints, func() { fmt.Print(i, " ") })
	}
	fmt.Print("stored closures: ")
	for _, p := range prints {
		p()
	}
	fmt.Println()
}

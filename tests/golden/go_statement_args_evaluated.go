package main

import (
	"fmt"
	"strings"
	"sync"
)

var out strings.Builder

func report(wg *sync.WaitGroup, label string, v int) {
	defer wg.Done()
	out.WriteString(fmt.Sprintln(label, v))
}

func main() {
	var wg sync.WaitGroup
	x := 1
	wg.Add(2)
	go report(&wg, "argument evaluated at go:", x)
	go func() {
		defer wg.Done()
		out.WriteString(fmt.Sprintln("closure reads when it runs:", x))
	}()
	x = 2
	wg.Wait()
	fmt.Print(out.String())
}

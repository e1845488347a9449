package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("outer defer does not run")
	defer func() {
		r := recover()
		fmt.Println("recovered", r, "then exit 4")
		os.Exit(4)
	}()
	panic("bad state")
}

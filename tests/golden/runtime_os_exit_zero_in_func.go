package main

import (
	"fmt"
	"os"
)

func finish() {
	defer fmt.Println("finish defer skipped too")
	os.Exit(0)
}

func main() {
	defer fmt.Println("main defer skipped")
	fmt.Println("calling finish")
	finish()
	fmt.Println("not reached")
}

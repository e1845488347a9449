package main

import "fmt"

func level3() {
	defer fmt.Println("level3 defer")
	panic("deep")
}

func level2() {
	defer fmt.Println("level2 defer")
	level3()
	fmt.Println("not reached")
}

func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	level2()
}

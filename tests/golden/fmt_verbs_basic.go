package main

import "fmt"

func main() {
	fmt.Printf("%v %d %s %t\n", 42, 42, "go", true)
	fmt.Printf("%q %q\n", "quote \"me\"", "tab\there")
	fmt.Printf("%x %x %X\n", 255, "hi", 3054)
	fmt.Printf("%T %T %T %T %T\n", 1, "s", 2.5, false, nil)
	fmt.Printf("100%%\n")
	fmt.Printf("%d%%|%v%%\n", 50, 7)
}

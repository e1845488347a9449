package main

import "fmt"

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func unnamed() int {
	n := 21
	defer func() { n *= 2 }()
	return n
}

func order() (s string) {
	defer func() { s += " -> defer" }()
	s = "body"
	return s + " -> return"
}

func main() {
	fmt.Println(double())
	fmt.Println(unnamed())
	fmt.Println(order())
}

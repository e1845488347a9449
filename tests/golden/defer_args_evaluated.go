package main

import "fmt"

func show(label string, v int) {
	fmt.Println(label, v)
}

func main() {
	x := 1
	defer show("argument taken at defer:", x)
	defer func() { show("closure reads at exit:", x) }()
	x = 2
	defer show("second defer argument:", x*10)
	x = 3
	fmt.Println("body ends with x =", x)
}

package main

import "fmt"

func sign(n int) string {
	if n < 0 {
		return "neg"
	} else if n > 0 {
		return "pos"
	}
}

func main() {
	fmt.Println(sign(1))
}

package main

import "fmt"

func main() {
	var count int
	count = "three"
	fmt.Println(count)
}

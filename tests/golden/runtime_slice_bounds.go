package main

import "fmt"

func main() {
	defer func() {
		fmt.Println(recover())
	}()
	s := make([]int, 2, 4)
	fmt.Println(len(s[:4]), cap(s[:4]))
	n := 5
	fmt.Println(s[:n])
}

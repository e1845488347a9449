package main

import "fmt"

func main() {
	s := []int{10, 20, 30}
	i := 5
	fmt.Println(s[0])
	fmt.Println(s[i])
}

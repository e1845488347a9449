package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println(r)
		fmt.Printf("%v|%s|%T\n", r, r, r)
		err := r.(error)
		fmt.Printf("%q\n", err.Error())
	}()
	var m map[int]bool
	m[1] = true
}

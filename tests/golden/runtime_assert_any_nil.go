package main

import "fmt"

func main() {
	defer func() {
		fmt.Println(recover())
	}()
	var v any
	_, ok := v.(string)
	fmt.Println("ok:", ok)
	fmt.Println(v.(string))
}

package main

import "fmt"

func main() {
	defer func() {
		func() {
			fmt.Println("nested recover:", recover())
		}()
	}()
	panic("not caught by the nested call")
}

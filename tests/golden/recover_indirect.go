package main

import "fmt"

func helper() {
	r := recover()
	fmt.Println("helper called from a deferred func gets:", r)
}

func main() {
	defer func() {
		fmt.Println("direct recover gets:", recover())
	}()
	defer func() {
		helper()
	}()
	panic("oops")
}

package main

import "fmt"

type Code int

type Temp float64

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%v %T\n", r, r)
		panic(Temp(1.5))
	}()
	panic(Code(7))
}

package main

import "fmt"

const Pi = 3.14159

const (
	A = iota
	B
	C
	_
	E
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const (
	X, Y = iota, iota * 10
	Z, W
)

type Level int

const (
	Debug Level = iota + 1
	Info
	Warn
)

func main() {
	fmt.Println(A, B, C, E)
	fmt.Println(KB, MB, GB)
	fmt.Println(X, Y, Z, W)
	fmt.Println(Debug, Info, Warn)
	fmt.Printf("%T %T %.2f\n", Warn, Pi, Pi*2)
	const big = 1 << 40
	fmt.Println(big / KB)
}

package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	t := Celsius(104.5)
	fmt.Println("too hot:", t)
	panic(t)
}

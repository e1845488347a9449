package main

import "fmt"

func main() {
	fmt.Println(3.0, 2.5, 0.1+0.2, 1.0/3.0)
	fmt.Println(1e20, 1e21, 123456789.0, 0.000001, 0.0000001)
	fmt.Println(-0.5, 100.0/8.0, float64(7)/2)
	var f float64
	fmt.Println(f, f == 0)
	fmt.Printf("%v %.0f %.1f %.3f\n", 2.675, 2.5, 0.05, 1.0005)
	fmt.Printf("%f %f\n", 1.5, 1e6)
	fmt.Printf("%T\n", 1.5)
	total := 0.0
	for i := 0; i < 10; i++ {
		total += 0.1
	}
	fmt.Println(total, total == 1.0)
	x, y := 2.9, -2.9
	fmt.Println(int(x), int(y), float64(7)/2 == 3.5)
}

package main

import "fmt"

func main() {
	var a, b uint64 = 1 << 63, 1
	var x, y int64 = -1, 1
	var f float64
	nan := f / f
	fmt.Println(a < b, a > b, a == b, a != b, a <= b, a >= b)
	fmt.Println(x < y, x > y, x == y, x != y, x <= y, x >= y)
	fmt.Println(nan < 1, nan == nan, nan != nan, nan >= nan, 1.5 < 2.5)
	fmt.Println("a" < "b", "b" <= "a", "ab" == "ab", "ab" != "a", "é" > "e")
}

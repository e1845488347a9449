package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 5; i++ {
		sum += i
	}
	fmt.Println("three-clause", sum)
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println("condition", n)
	count := 0
	for {
		count++
		if count%2 == 1 {
			continue
		}
		if count >= 6 {
			break
		}
	}
	fmt.Println("infinite", count)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ",", j, " ")
	}
	fmt.Println()
	x := 10
	x -= 3
	x *= 2
	x /= 3
	x %= 3
	x <<= 4
	x |= 1
	x &^= 16
	x ^= 2
	fmt.Println("ops", x)
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	fmt.Println(a, b, c)
	k := 5
	k--
	k++
	k++
	fmt.Println(k)
}

package main

import "fmt"

func describe(n int) {
	switch {
	case n < 0:
		fmt.Println(n, "negative")
	case n == 0:
		fmt.Println(n, "zero")
		fallthrough
	case n < 10:
		fmt.Println(n, "small")
	default:
		fmt.Println(n, "large")
	}
}

func grade(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ':
		return "space"
	}
	return "consonant"
}

func main() {
	describe(-3)
	describe(0)
	describe(5)
	describe(50)
	for _, c := range []byte("hi o") {
		fmt.Print(grade(c), " ")
	}
	fmt.Println()
	switch x := 2; x {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
		fallthrough
	case 3:
		fmt.Println("three (fell through)")
		fallthrough
	default:
		fmt.Println("default (fell through)")
	}
	switch y := 4; {
	case y > 3:
		fmt.Println("y > 3")
		if y == 4 {
			break
		}
		fmt.Println("not printed")
	}
}

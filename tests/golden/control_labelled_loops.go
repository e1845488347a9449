package main

import "fmt"

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
	fmt.Println("after outer")

	found := -1
search:
	for _, row := range [][]int{{1, 2}, {3, 42}, {42, 5}} {
		for _, v := range row {
			if v == 42 {
				found = v
				break search
			}
		}
	}
	fmt.Println("found", found)

	n := 0
loop:
	for {
		n++
		switch {
		case n%2 == 0:
			continue loop
		case n > 7:
			break loop
		}
		fmt.Print(n, " ")
	}
	fmt.Println()
}

package main

import "fmt"

func main() {
	words := []string{"a", "bb", "ccc"}
	for i, w := range words {
		fmt.Println(i, w)
	}
	total := 0
	for _, w := range words {
		total += len(w)
	}
	fmt.Println("total", total)
	for i := range words {
		words[i] += "!"
	}
	fmt.Println(words)
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for range 2 {
		fmt.Println("tick")
	}
	nums := []int{1, 2, 3}
	for i, v := range nums {
		if i == 0 {
			nums = append(nums, 99)
			nums[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(nums))
	var grid [2][3]int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i*3 + j
		}
	}
	fmt.Println(grid)
}

package main

import "fmt"

func main() {
	s := []int{3, 1, 2}
	var empty []string
	fmt.Println(s, len(s), empty, len(empty), empty == nil)
	fmt.Println([]string{"a", "b c"}, [2]bool{true, false})
	m := map[string]int{"zeta": 26, "alpha": 1, "mid": 13}
	fmt.Println(m)
	fmt.Printf("%v\n", m)
	fmt.Println(map[int]string{3: "c", -1: "neg", 10: "ten", 2: "b"})
	fmt.Printf("%q\n", []string{"x", "y"})
	fmt.Printf("%d\n", []int{1, 2})
	fmt.Printf("%T %T\n", s, m)
	var nm map[string]bool
	fmt.Println(nm, len(nm))
	fmt.Println([][]int{{1}, {2, 3}, nil})
}

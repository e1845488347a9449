package main

import "fmt"

func main() {
	var ptrs []*int
	var funcs []func() string
	for i, v := range []string{"a", "b", "c"} {
		ptrs = append(ptrs, &i)
		funcs = append(funcs, func() string { return v })
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var adders []func() int
	for i := 0; i < 3; i++ {
		adders = append(adders, func() int { return i * 10 })
		i++
	}
	for _, f := range adders {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

package main

import "fmt"

func main() {
	s := "aé世!"
	for i, r := range s {
		fmt.Printf("%d %q %d\n", i, r, len(string(r)))
	}
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	count := 0
	for range s {
		count++
	}
	fmt.Println("runes", count, "bytes", len(s))
	for i := range "xyz" {
		fmt.Print(i)
	}
	fmt.Println()
}

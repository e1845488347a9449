package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[0], s[1], string(s[0]))
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	runes := []rune(s)
	fmt.Println(len(runes), string(runes[1]), runes[8])
	fmt.Println(s[1:3], s[7:])
	b := []byte("abc")
	b[0] = 'A'
	fmt.Println(string(b), "abc" < "abd", "Z" < "a")
	t := "go"
	t += "pher"
	fmt.Println(t, t[2:], len(t))
}

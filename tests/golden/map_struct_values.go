package main

import "fmt"

type Conn struct {
	ID   int
	Used int
}

func main() {
	byVal := map[string]Conn{"a": {ID: 1}}
	c := byVal["a"]
	c.Used++
	fmt.Println(byVal["a"].Used, c.Used)
	byVal["a"] = c
	fmt.Println(byVal)
	byPtr := map[string]*Conn{"a": {ID: 1}, "b": {ID: 2}}
	byPtr["a"].Used += 5
	fmt.Println(*byPtr["a"], byPtr["missing"] == nil)
	total := 0
	for _, p := range byPtr {
		total += p.ID
	}
	fmt.Println(total)
	m := map[int]bool{}
	for i := range 5 {
		m[i%3] = true
	}
	fmt.Println(len(m), m)
}

package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	fmt.Println(s, len(s), cap(s))
	a := append(s, 1)
	b := append(s, 2)
	fmt.Println(a, b)
	c := s[1:2]
	fmt.Println(c, len(c), cap(c))
	c = append(c, 9)
	fmt.Println(s, a)
	var grow []int
	caps := []int{}
	for i := 0; i < 10; i++ {
		grow = append(grow, i)
		caps = append(caps, cap(grow))
	}
	fmt.Println(grow)
	fmt.Println(caps)
	d := append([]int(nil), s...)
	d[0] = 100
	fmt.Println(s[0], d[0])
	n := copy(d, []int{7, 8})
	fmt.Println(n, d)
}

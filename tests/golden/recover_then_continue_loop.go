package main

import "fmt"

func step(i int) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("step", i, "failed:", r)
			ok = false
		}
	}()
	if i%2 == 1 {
		panic(fmt.Sprintf("odd %d", i))
	}
	return true
}

func main() {
	passed := 0
	for i := 0; i < 5; i++ {
		if step(i) {
			passed++
		}
	}
	fmt.Println("passed", passed)
}

package main

import (
	"fmt"
	"sync"
)

func main() {
	var p sync.Pool
	p.Put(nil)
	fmt.Println("Get after Put(nil):", p.Get())
	p.Put("str")
	p.Put(3.5)
	p.Put([]int{1, 2})
	for i := 0; i < 3; i++ {
		v := p.Get()
		switch x := v.(type) {
		case string:
			fmt.Println("string", x)
		case float64:
			fmt.Println("float64", x)
		case []int:
			fmt.Println("slice", x, len(x))
		}
	}
	fmt.Println(p.Get() == nil)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var empty sync.Pool
	b := empty.Get().([]byte)
	fmt.Println(len(b))
}

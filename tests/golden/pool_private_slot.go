package main

import (
	"fmt"
	"sync"
)

func main() {
	var p sync.Pool
	p.Put("A")
	fmt.Println(p.Get())
	p.Put("B")
	p.Put("C")
	fmt.Println(p.Get())
	p.Put("D")
	fmt.Println(p.Get(), p.Get(), p.Get())
}

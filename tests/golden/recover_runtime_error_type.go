package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			fmt.Println(name, "runtime.Error:", re.Error())
			return
		}
		if err, ok := r.(error); ok {
			fmt.Println(name, "error:", err)
			return
		}
		fmt.Println(name, "other:", r)
	}()
	f()
}

func main() {
	try("div", func() {
		a, b := 1, 0
		fmt.Println(a / b)
	})
	try("index", func() {
		s := []int{1, 2, 3}
		i := 5
		fmt.Println(s[i])
	})
	try("nilptr", func() {
		var p *struct{ x int }
		fmt.Println(p.x)
	})
	try("nilmap", func() {
		var m map[string]int
		m["a"] = 1
	})
	try("assert", func() {
		var v any = "text"
		fmt.Println(v.(int))
	})
	try("plain", func() { panic("just a string") })
}

package main

import "fmt"

type Counter struct{ n int }

func (c Counter) IncValue() { c.n++ }

func (c *Counter) IncPtr() { c.n++ }

func (c Counter) Get() int { return c.n }

func main() {
	c := Counter{}
	c.IncValue()
	fmt.Println("after IncValue:", c.Get())
	c.IncPtr()
	fmt.Println("after IncPtr:", c.Get())
	p := &c
	p.IncValue()
	p.IncPtr()
	fmt.Println("through pointer:", p.Get(), c.n)
	cs := []Counter{{}, {}}
	for _, x := range cs {
		x.IncPtr()
	}
	fmt.Println("range copies:", cs)
	for i := range cs {
		cs[i].IncPtr()
	}
	fmt.Println("index:", cs)
}

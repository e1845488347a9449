package main

import "fmt"

type Counter struct{ n int }

func (c Counter) ShowValue() { fmt.Println("value receiver sees", c.n) }
func (c *Counter) ShowPtr()  { fmt.Println("pointer receiver sees", c.n) }

func main() {
	c := Counter{n: 1}
	defer c.ShowValue()
	defer c.ShowPtr()
	f := c.ShowValue
	defer f()
	c.n = 2
	fmt.Println("body sets n to", c.n)
}

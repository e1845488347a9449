package main

import "fmt"

type Greeter struct{ name string }

func (g Greeter) Hello(to string) string { return g.name + " greets " + to }

func (g *Greeter) Rename(n string) { g.name = n }

func main() {
	g := Greeter{name: "ana"}
	hello := g.Hello
	rename := g.Rename
	rename("bo")
	fmt.Println(hello("x"))
	fmt.Println(g.Hello("y"))
	f := Greeter.Hello
	fmt.Println(f(g, "z"))
	funcs := []func(string) string{g.Hello, (&Greeter{"cy"}).Hello}
	for _, fn := range funcs {
		fmt.Println(fn("w"))
	}
}

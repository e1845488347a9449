package main

import "fmt"

type Point struct {
	X, Y int
}

type Conn struct {
	ID    int
	Addr  string
	Alive bool
	Pos   Point
	Tags  []string
}

func main() {
	p := Point{1, 2}
	c := Conn{ID: 7, Addr: "db:5432", Alive: true, Pos: p, Tags: []string{"a", "b"}}
	fmt.Println(p)
	fmt.Println(c)
	fmt.Printf("%v\n", c)
	fmt.Printf("%+v\n", c)
	fmt.Println(&p)
	fmt.Printf("%v %+v\n", &c, &p)
	fmt.Printf("%T %T\n", p, &c)
	var zero Conn
	fmt.Printf("%+v\n", zero)
}

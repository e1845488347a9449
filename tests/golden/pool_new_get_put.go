package main

import (
	"fmt"
	"sync"
)

type Obj struct{ id int }

func main() {
	made := 0
	p := sync.Pool{
		New: func() any {
			made++
			fmt.Println("New called, making", made)
			return &Obj{id: made}
		},
	}
	a := p.Get().(*Obj)
	fmt.Println("got", a.id)
	p.Put(a)
	b := p.Get().(*Obj)
	fmt.Println("got", b.id, "same object:", a == b)
	c := p.Get().(*Obj)
	fmt.Println("got", c.id)
	p.Put(b)
	p.Put(c)
	fmt.Println("made", made)
}

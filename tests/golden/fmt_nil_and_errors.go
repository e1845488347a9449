package main

import (
	"errors"
	"fmt"
)

type T struct{ A int }

func main() {
	var err error
	var p *T
	var f func()
	var i interface{}
	fmt.Println(err, p, i, f == nil)
	fmt.Printf("%v %v %+v\n", err, p, i)
	e := errors.New("connection refused")
	fmt.Println(e)
	fmt.Printf("%v|%s|%q\n", e, e, e)
	w := fmt.Errorf("dial %s: %w", "db:5432", e)
	fmt.Println(w)
	fmt.Println(w == e, e == e)
	fmt.Println(fmt.Errorf("code %d", 5))
	fmt.Printf("%T %T\n", e, w)
}

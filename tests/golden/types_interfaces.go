package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() float64
}

type Rect struct{ W, H float64 }
type Square struct{ S float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (s *Square) Area() float64 { return s.S * s.S }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func find(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{Code: 404}
	}
	return p
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Square{4}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		switch v := s.(type) {
		case Rect:
			fmt.Println("rect", v.W, v.H)
		case *Square:
			fmt.Println("square", v.S)
		}
	}
	fmt.Println(total)
	err := find(false)
	fmt.Println(err == nil)
	fmt.Println(find(true))
	var e error = errors.New("x")
	var e2 error = errors.New("x")
	fmt.Println(e == e2, e == e)
	var a, b any = 3, 3
	fmt.Println(a == b, a == any(3.0), a != nil)
}

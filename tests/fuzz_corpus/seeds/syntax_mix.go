// A fuzz seed: syntax the subset knows, densely, so mutations hit many parser paths.
package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

type Shape interface{ Area() int }

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

type Count int

func (c *Count) Inc() { *c++ }

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	var shapes []Shape
	shapes = append(shapes, Rect{2, 3}, &Rect{W: 4, H: 5})
	for i, s := range shapes {
		switch v := s.(type) {
		case Rect:
			fmt.Println(i, "value", v.Area())
		case *Rect:
			fmt.Println(i, "pointer", v.Area())
		default:
			fmt.Println("other")
		}
	}
	var c Count
	c.Inc()
	fmt.Printf("%d %v %+v %T %q %x %5s|\n", c, shapes[0], shapes[1], c, "q", 255, "ab")
	q, err := divide(1, 0)
	fmt.Println(q, err, errors.New("e"))
	var sb strings.Builder
	m := map[string][]int{"a": {1}, "b": nil}
outer:
	for k := range 3 {
		for j := 0; ; j++ {
			if j > k {
				continue outer
			}
			if k == 2 {
				break outer
			}
			sb.WriteString(fmt.Sprint(k, j))
		}
	}
	fmt.Println(sb.String(), m, len(m["a"]))
	var mu sync.Mutex
	mu.Lock()
	defer mu.Unlock()
	ch := make(chan string, 1)
	go func() { ch <- "done" }()
	select {
	case s := <-ch:
		fmt.Println(s)
	}
	const big = 1 << 62
	var x int8 = 127
	x++
	fmt.Println(big, x, 'a', "\u4e16", `raw\n`, 1.5e3)
}

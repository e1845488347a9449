// Since Go 1.25 an append whose result does not escape grows an empty slice into a
// 32-byte buffer in the frame: the first growth takes all of it, so cap is 32/elemsize
// (4 ints, 32 bytes, 2 strings), and elements over 32 bytes grow on the heap as before.
// The buffer is used once per call: a slice declared in a loop gets it only once.
package main

import "fmt"

type S24 struct{ a, b, c int64 }
type S40 struct{ a [5]int64 }

func main() {
	var a []int
	a = append(a, 1)
	fmt.Println("int", len(a), cap(a))
	var b []byte
	b = append(b, 1)
	fmt.Println("byte", len(b), cap(b))
	var s []string
	s = append(s, "x")
	fmt.Println("string", len(s), cap(s))
	var i32 []int32
	i32 = append(i32, 1)
	fmt.Println("int32", len(i32), cap(i32))
	var st []S24
	st = append(st, S24{})
	fmt.Println("S24", len(st), cap(st))
	var bg []S40
	bg = append(bg, S40{})
	fmt.Println("S40", len(bg), cap(bg))
	var e []any
	e = append(e, 1)
	fmt.Println("any", len(e), cap(e))
	var p []*int
	p = append(p, nil)
	fmt.Println("ptr", len(p), cap(p))
	var fl []float64
	fl = append(fl, 1.5)
	fmt.Println("float64", len(fl), cap(fl))
	var m3 []int
	m3 = append(m3, 1, 2, 3)
	fmt.Println("three ints", len(m3), cap(m3))
	var m5 []int
	m5 = append(m5, 1, 2, 3, 4, 5)
	fmt.Println("five ints", len(m5), cap(m5))
	x := []int{}
	x = append(x, 1)
	fmt.Println("empty literal", len(x), cap(x))
	y := make([]int, 0)
	y = append(y, 1)
	fmt.Println("make 0", len(y), cap(y))
	for i := 0; i < 3; i++ {
		var l []int
		l = append(l, i)
		fmt.Println("declared in a loop", i, cap(l))
	}
	var n []int
	n = append(n, 1)
	n = nil
	n = append(n, 2)
	fmt.Println("again after nil", cap(n))
	var p1 []int
	p1 = append(p1, 1)
	p2 := p1
	p2 = append(p2, 2)
	fmt.Println("copied header", cap(p1), cap(p2))
	var s0 []int
	s1 := append(s0, 1)
	fmt.Println("new variable", len(s1), cap(s1))
}

// An append to a field of a local struct gets the stack buffer too, while the struct
// does not escape and gc can keep it in registers (at most four words and four
// fields): a struct of two slices is appended in place on the heap, and so is one
// whose address is taken or that is printed. A slice held by a local interface
// variable stays in the frame unless that variable escapes.
package main

import "fmt"

type Box struct{ xs []int }
type Two struct{ a, b []int }
type Wide struct {
	xs []int
	n  int
}

func main() {
	var b1 Box
	b1.xs = append(b1.xs, 1)
	fmt.Println("unprinted", cap(b1.xs))
	var b2 Box
	b2.xs = append(b2.xs, 1)
	fmt.Println("printed", cap(b2.xs), b2)
	var t Two
	t.a = append(t.a, 1)
	fmt.Println("two slices", cap(t.a))
	var w Wide
	w.xs = append(w.xs, 1)
	w.n++
	fmt.Println("wide", cap(w.xs), w.n)
	var b3 Box
	b3.xs = append(b3.xs, 1)
	b3.xs = append(b3.xs, 2)
	fmt.Println("two sites", cap(b3.xs))
	var b4 Box
	for i := 0; i < 3; i++ {
		b4.xs = append(b4.xs, i)
	}
	fmt.Println("loop", cap(b4.xs), len(b4.xs))
	var b5 Box
	b5.xs = append(b5.xs, 1)
	c := b5
	fmt.Println("copied", cap(b5.xs), len(c.xs))
	var b6 Box
	b6.xs = append(b6.xs, 1)
	p := &b6
	fmt.Println("addressed", cap(b6.xs), len(p.xs))
	var e1 []int
	e1 = append(e1, 1)
	var held any = e1
	fmt.Println("held by an interface", cap(e1), held != nil)
	var e2 []int
	e2 = append(e2, 1)
	var shown any = e2
	fmt.Println("interface printed", cap(e2), shown)
}

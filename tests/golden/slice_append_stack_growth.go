// Growth after the stack buffer is append's usual rule from there: []int goes
// 4, 8, 16, 32 and []byte 32, 64, 128. A slice that is printed escapes (fmt keeps it),
// so it grows on the heap from 1: 1, 2, 4, 8. Reslicing keeps the buffer.
package main

import "fmt"

func main() {
	var ints []int
	for i := 0; i < 20; i++ {
		ints = append(ints, i)
		fmt.Print(cap(ints), " ")
	}
	fmt.Println()
	var bs []byte
	for i := 0; i < 70; i++ {
		bs = append(bs, 'x')
		if len(bs)%10 == 0 {
			fmt.Print(len(bs), ":", cap(bs), " ")
		}
	}
	fmt.Println()
	var printed []int
	for i := 0; i < 9; i++ {
		printed = append(printed, i)
		fmt.Println(len(printed), cap(printed), printed)
	}
	var big []int
	for i := 0; i < 1000; i++ {
		big = append(big, i)
	}
	fmt.Println("1000 ints", len(big), cap(big))
	var q []int
	for i := 0; i < 10; i++ {
		q = append(q, i)
		if len(q) > 2 {
			q = q[1:]
		}
		fmt.Print(cap(q), " ")
	}
	fmt.Println()
	var r []int
	r = append(r, 1)
	r = r[:0]
	r = append(r, 2, 3)
	fmt.Println("reset with [:0]", len(r), cap(r))
	var t []int
	t = append(t, 1, 2, 3, 4)
	u := append(t, 5)
	fmt.Println("full buffer", len(t), cap(t), len(u), cap(u))
}

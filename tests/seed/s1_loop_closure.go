// Seed article, chapter 1, "defer 的执行时机与常见陷阱", the loop-closure example.
// Added: package main, import, func main around the loop.
// Erratum 1: the article says this prints 3 three times. That is only true with a
// go.mod language version of 1.21 or older (see s1_loop_closure_go121.go). Since
// Go 1.22 each iteration has its own i, so it prints 2, 1, 0.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		defer func() {
			fmt.Println(i) // 输出三次 3
		}()
	}
}

// poolscope: go1.21
// Seed article, chapter 1, "defer 的执行时机与常见陷阱", the loop-closure example.
// Added: package main, import, func main around the loop.
// Erratum 1, the old behaviour: run with Go 1.21 loop semantics this does print 3
// three times, as the article says; s1_loop_closure.go shows Go 1.22 and later.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		defer func() {
			fmt.Println(i) // 输出三次 3
		}()
	}
}

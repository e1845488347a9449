// Lesson 11: arguments are evaluated at the defer statement; a closure reads at exit.
package main

import "fmt"

func report(label string, n int) { fmt.Println(label, n) }

func main() {
	count := 1
	defer report("argument (evaluated at defer):", count)
	defer func() { report("closure (reads at exit):", count) }()
	defer func(n int) { report("closure with parameter:", n) }(count * 100)
	count = 2
	count++
	fmt.Println("count at return:", count)
}

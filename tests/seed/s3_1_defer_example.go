// Seed article, section 3.1 "defer的执行时机与底层实现原理", the example() function.
// Added: package main, import, and a main that calls example and then prints, to show
// the deferred calls finish before control returns to the caller (erratum 2).
package main

import "fmt"

func example() {
	defer fmt.Println("first")
	defer fmt.Println("second") // 先执行
}

func main() {
	example()
	fmt.Println("back in main")
}

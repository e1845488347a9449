// Seed article, chapter 1, "defer 的执行时机与常见陷阱", the demo() example.
// Added: package main, import, and a main that calls demo.
package main

import "fmt"

func demo() {
	defer fmt.Println("first")
	defer fmt.Println("second") // 先执行
}

func main() {
	demo()
}

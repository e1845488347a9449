// Seed article, chapter 1, "defer 的执行时机与常见陷阱", the fix that passes i as an argument.
// Added: package main, import, and the surrounding for loop and func main (the article
// shows only the defer statement, meant to replace the one in the loop above).
// The argument is evaluated at the defer statement, so this prints 2, 1, 0 under
// every Go version.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		defer func(val int) {
			fmt.Println(val)
		}(i) // 立即传入当前 i 值
	}
}

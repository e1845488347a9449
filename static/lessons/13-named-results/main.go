// Lesson 13: return sets the results, then deferred calls run, then the caller resumes.
package main

import "fmt"

func trace(msg string) { fmt.Println("  " + msg) }

func withNamed() (result int) {
	defer func() {
		trace(fmt.Sprint("defer sees result = ", result, ", doubles it"))
		result *= 2
	}()
	trace("return 10 assigns result")
	return 10
}

func withUnnamed() int {
	local := 10
	defer func() {
		trace(fmt.Sprint("defer doubles local = ", local, "; the result is already copied"))
		local *= 2
	}()
	trace("return local copies 10 into the unnamed result")
	return local
}

func main() {
	fmt.Println("named result:")
	fmt.Println("caller gets", withNamed())
	fmt.Println("unnamed result:")
	fmt.Println("caller gets", withUnnamed())
}

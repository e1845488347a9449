// Seed article, section 3.3 "defer与性能权衡": slowWithDefer and optimizedClose.
// Added: package main, imports, a stub process(file) that the article leaves
// undefined, and a main that calls both and prints what they return.
// There is no data.txt where it runs, so both take the error path; optimizedClose's
// defer is never registered because it returns before reaching the defer statement.
// Erratum 8: since Go 1.14 these defers are open-coded and cost about a direct call.
package main

import (
	"fmt"
	"os"
)

func process(f *os.File) error { return nil }

func slowWithDefer() {
	file, err := os.Open("data.txt")
	if err != nil {
		return
	}
	defer file.Close() // 开销:注册 defer + 参数捕获
	// 处理文件
}

func optimizedClose() error {
	file, err := os.Open("data.txt")
	if err != nil {
		return err
	}
	// 仅在必要时 defer
	defer file.Close()
	return process(file)
}

func main() {
	slowWithDefer()
	fmt.Println("slowWithDefer returned")
	fmt.Println("optimizedClose:", optimizedClose())
}

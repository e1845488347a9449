// Seed article, section 3.2 "defer在资源释放中的安全保障作用", the os.Open example.
// Added: package main, imports, func main around the snippet, log.SetFlags(0) so
// log.Fatal's line carries no timestamp, and a Println after the defer.
// There is no data.txt where it runs, so os.Open fails and log.Fatal prints the error
// and exits with status 1. log.Fatal calls os.Exit, so deferred calls would not run.
package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	log.SetFlags(0)
	file, err := os.Open("data.txt")
	if err != nil {
		log.Fatal(err)
	}
	defer file.Close() // 函数返回前自动调用
	fmt.Println("opened", file.Name())
}

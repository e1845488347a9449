// Lesson 10: deferred calls run last-in, first-out.
package main

import "fmt"

func open(name string) string {
	fmt.Println("open", name)
	return name
}

func closeRes(name string) { fmt.Println("close", name) }

func handler() {
	db := open("db")
	defer closeRes(db)
	file := open("file")
	defer closeRes(file)
	lock := open("lock")
	defer closeRes(lock)
	fmt.Println("work with all three")
}

func main() {
	handler()
	fmt.Println("handler returned")
}

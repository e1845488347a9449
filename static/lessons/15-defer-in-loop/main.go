// Lesson 15: defer inside a loop holds every resource until the function ends.
package main

import "fmt"

var open = 0

type File struct{ name string }

func openFile(name string) *File {
	open++
	return &File{name: name}
}

func (f *File) Close() { open-- }

func loopDefer(names []string) {
	for _, n := range names {
		f := openFile(n)
		defer f.Close()
		fmt.Println("processing", f.name, "- open files:", open)
	}
}

func process(n string) {
	f := openFile(n)
	defer f.Close()
	fmt.Println("processing", f.name, "- open files:", open)
}

func main() {
	names := []string{"a.log", "b.log", "c.log"}
	loopDefer(names)
	fmt.Println("after loopDefer, open files:", open)
	for _, n := range names {
		process(n)
	}
	fmt.Println("after process calls, open files:", open)
}

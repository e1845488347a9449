// One function call per file: each Close runs at the end of its iteration. A defer in a
// loop that holds no resource (printing) is not this pitfall.
package main

import "fmt"

type File struct{ name string }

var open = 0

func openFile(name string) *File {
	open++
	return &File{name: name}
}

func (f *File) Close() { open-- }

func countAll(names []string) {
	for _, n := range names {
		func() {
			f := openFile(n)
			defer f.Close()
			fmt.Println("reading", f.name, "- open:", open)
		}()
	}
}

func countdown() {
	for i := 1; i <= 3; i++ {
		defer fmt.Println("countdown", i)
		defer func() { fmt.Println("closure sees", i) }()
	}
}

func main() {
	countAll([]string{"a", "b", "c"})
	fmt.Println("after countAll, open:", open)
	countdown()
}

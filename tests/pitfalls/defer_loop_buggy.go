// Every file stays open until the loop's function returns.
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
		f := openFile(n)
		defer f.Close()
		fmt.Println("reading", f.name, "- open:", open)
	}
}

func countAllLogged(names []string) {
	for _, n := range names {
		f := openFile(n)
		defer func() {
			fmt.Println("closing", f.name)
			f.Close()
		}()
	}
	fmt.Println("countAllLogged opened all, open:", open)
}

func main() {
	countAll([]string{"a", "b", "c"})
	fmt.Println("after countAll, open:", open)
	countAllLogged([]string{"d", "e"})
	fmt.Println("after countAllLogged, open:", open)
}

package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- "a"
	ch <- "b"
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch)
	ch <- "c"
	ch <- "d"
	fmt.Println(len(ch), cap(ch))
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	v, ok := <-ch
	fmt.Printf("%q %v %d\n", v, ok, len(ch))
	var nilch chan int
	fmt.Println(len(nilch), cap(nilch), nilch == nil)
	unbuf := make(chan int)
	fmt.Println(len(unbuf), cap(unbuf))
}

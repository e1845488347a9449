package main

import "fmt"

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, "\n")
	fmt.Println("a", "b", 1, 2)
	fmt.Print(1, 2, "\n")
	fmt.Print("x", 1, "\n")
	s := fmt.Sprint("n=", 5, 6)
	fmt.Println(s, len(s))
	t := fmt.Sprintln("end", 1)
	fmt.Printf("%q\n", t)
	fmt.Println()
	fmt.Println("")
	fmt.Println("done")
}

// Ignoring os.Open's error leaves a nil *os.File: Close on it returns an error, but
// Name dereferences it and panics with a nil pointer dereference.
package main

import (
	"fmt"
	"os"
)

func main() {
	f, _ := os.Open("missing.txt")
	fmt.Println("close:", f.Close())
	fmt.Println("name:", f.Name())
}

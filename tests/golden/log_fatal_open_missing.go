// The standard logger's default flags put the date and time before the message; the
// harness compares that header by shape, since real Go prints the wall clock there.
// log.Fatal exits with status 1 at once: the deferred call never runs.
package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	defer fmt.Println("deferred: not printed")
	fmt.Println("opening")
	f, err := os.Open("config.json")
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	fmt.Println("opened", f.Name())
}

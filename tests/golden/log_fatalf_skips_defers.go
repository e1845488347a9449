// log.Fatalf is log.Printf then os.Exit(1): the pending deferred calls are skipped, as
// with os.Exit, while those of calls that returned earlier ran.
// With SetFlags(0) the stderr line is just the message.
package main

import (
	"fmt"
	"log"
)

func work(n int) {
	defer fmt.Println("work returns", n)
	if n > 2 {
		log.Fatalf("n too big: %d", n)
	}
	fmt.Println("work", n)
}

func main() {
	log.SetFlags(0)
	defer fmt.Println("main's defer: not printed")
	for i := 1; i <= 5; i++ {
		work(i)
	}
}

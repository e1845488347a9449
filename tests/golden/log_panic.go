// log.Panic* writes the line, then panics with the message (Panicln's keeps its
// newline); a recovered log panic lets main go on, an uncaught one exits with status 2.
package main

import (
	"fmt"
	"log"
	"os"
)

func try(f func()) {
	defer func() { fmt.Printf("recovered %q\n", recover()) }()
	f()
}

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	try(func() { log.Panicf("bad %d", 7) })
	try(func() { log.Panicln("bad", 8) })
	try(func() { log.Panic("bad", 9) })
	log.SetOutput(os.Stderr)
	defer fmt.Println("deferred runs while panicking")
	log.Panic("uncaught")
}

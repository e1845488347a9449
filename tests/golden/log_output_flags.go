// log.SetOutput(os.Stdout) makes every log line part of stdout, so the header each flag
// asks for is compared exactly: prefix, Lshortfile, Lmsgprefix, and Print's spacing
// (Print adds spaces only between operands when neither is a string, like fmt.Sprint).
package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	log.SetOutput(os.Stdout)
	fmt.Println(log.Flags() == log.LstdFlags, log.Ldate, log.Ltime, log.Lshortfile)
	log.SetFlags(0)
	log.Print("a", 1, 2, "b")
	log.Println("a", 1, 2, "b")
	log.Printf("x=%d y=%q", 3, "q")
	log.Printf("ends with a newline\n")
	log.Print("")
	log.SetFlags(log.Lshortfile)
	log.Println("short file")
	log.SetPrefix("[app] ")
	log.Println("prefix first")
	log.SetFlags(log.Lshortfile | log.Lmsgprefix)
	log.Println("prefix before the message")
	fmt.Printf("%d %q\n", log.Flags(), log.Prefix())
}

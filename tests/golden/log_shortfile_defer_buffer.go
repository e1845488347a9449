// Lshortfile names the line of the log call: for a deferred log call that is the line
// where the function returns (its closing brace). SetOutput accepts any writer, here a
// bytes.Buffer, and SetPrefix goes before the file unless Lmsgprefix moves it.
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
)

func work() {
	defer log.Println("deferred log")
	log.Print("in work")
}

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile)
	work()
	var buf bytes.Buffer
	log.SetOutput(&buf)
	log.SetPrefix("buf: ")
	log.Printf("%d items", 3)
	log.SetFlags(log.Lshortfile | log.Lmsgprefix)
	log.Println("prefix moved")
	fmt.Print(buf.String())
	fmt.Println(buf.Len(), log.Flags(), log.Prefix())
}

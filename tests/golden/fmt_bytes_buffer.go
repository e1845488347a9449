package main

import (
	"bytes"
	"fmt"
)

func main() {
	var buf bytes.Buffer
	fmt.Println(buf.Len(), buf.String() == "")
	buf.WriteString("hello")
	buf.WriteByte(',')
	buf.WriteByte(' ')
	n, err := buf.Write([]byte("world"))
	fmt.Println(n, err)
	fmt.Println(buf.String(), buf.Len())
	buf.Reset()
	fmt.Printf("%q %d\n", buf.String(), buf.Len())
	buf.WriteString("again")
	fmt.Println(buf.String())
	p := new(bytes.Buffer)
	p.WriteString(fmt.Sprintf("%d+%d=%d", 2, 3, 5))
	fmt.Println(p.String(), p.Len())
}

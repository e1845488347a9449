package main

import (
	"bytes"
	"fmt"
	"sync"
)

var bufPool = sync.Pool{
	New: func() any { return new(bytes.Buffer) },
}

func render(user string, reset bool) string {
	buf := bufPool.Get().(*bytes.Buffer)
	if reset {
		buf.Reset()
	}
	buf.WriteString("hello ")
	buf.WriteString(user)
	buf.WriteByte(';')
	out := buf.String()
	bufPool.Put(buf)
	return out
}

func main() {
	fmt.Println("without Reset:")
	fmt.Println(render("ana", false))
	fmt.Println(render("bo", false))
	fmt.Println(render("cy", false))
	fmt.Println("with Reset:")
	fmt.Println(render("ana", true))
	fmt.Println(render("bo", true))
}

// Two correct disciplines: Reset before Put, or Reset right after Get.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
)

var buffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}
var builders = sync.Pool{New: func() any { return new(strings.Builder) }}

func render(user string) string {
	b := buffers.Get().(*bytes.Buffer)
	b.WriteString("hello " + user + ";")
	s := b.String()
	b.Reset()
	buffers.Put(b)
	return s
}

func label(n int) string {
	sb := builders.Get().(*strings.Builder)
	defer builders.Put(sb)
	sb.Reset()
	sb.WriteString(fmt.Sprint("item ", n, ";"))
	return sb.String()
}

func main() {
	fmt.Println(render("alice"))
	fmt.Println(render("bob"))
	fmt.Println(label(1))
	fmt.Println(label(2))
}

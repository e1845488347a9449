package main

import (
	"fmt"
	"strings"
)

func join(words []string) string {
	var sb strings.Builder
	for i, w := range words {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(w)
	}
	sb.WriteByte('.')
	return sb.String()
}

func main() {
	fmt.Println(join([]string{"pool", "defer", "panic"}))
	var sb strings.Builder
	fmt.Println(sb.Len(), sb.String() == "")
	sb.WriteRune('é')
	sb.WriteString("t")
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	sb.WriteString("reset")
	fmt.Println(sb.String())
	fmt.Println(strings.Repeat("=", 5), strings.ToUpper("go"), strings.Contains("sync.Pool", "Pool"))
}

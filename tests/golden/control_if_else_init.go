package main

import (
	"errors"
	"fmt"
)

var errEmpty = errors.New("empty input")

func parse(s string) (int, error) {
	if s == "" {
		return 0, errEmpty
	}
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, fmt.Errorf("bad digit %q in %q", r, s)
		}
		n = n*10 + int(r-'0')
	}
	return n, nil
}

func main() {
	for _, in := range []string{"123", "", "4x"} {
		if n, err := parse(in); err == errEmpty {
			fmt.Println("empty!")
		} else if err != nil {
			fmt.Println("error:", err)
		} else {
			fmt.Println("value:", n)
		}
	}
	if v := 3; v > 2 && !(v > 5) || false {
		fmt.Println("logic ok")
	}
}

package main

import (
	"fmt"
	"time"
)

// Since Go 1.23 timer channels are synchronous, and Go 1.27 keeps that even for a
// go.mod that says 1.22: cap and len are 0, yet a receive after the timer fired
// returns at once.
func main() {
	after := time.After(10 * time.Millisecond)
	fmt.Println("cap:", cap(after), "len:", len(after))
	time.Sleep(50 * time.Millisecond)
	fmt.Println("after it fired, len:", len(after))
	select {
	case <-after:
		fmt.Println("the fired timer is still ready to receive")
	default:
		fmt.Println("nothing to receive")
	}
}

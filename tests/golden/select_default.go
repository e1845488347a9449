package main

import "fmt"

func trySend(ch chan int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func tryRecv(ch chan int) (int, bool) {
	select {
	case v := <-ch:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	ch := make(chan int, 1)
	fmt.Println(tryRecv(ch))
	fmt.Println(trySend(ch, 1), trySend(ch, 2))
	fmt.Println(tryRecv(ch))
	fmt.Println(tryRecv(ch))
	unbuf := make(chan int)
	fmt.Println("unbuffered, nobody waiting:", trySend(unbuf, 5))
	var nilch chan int
	select {
	case v := <-nilch:
		fmt.Println("never", v)
	case nilch <- 1:
		fmt.Println("never")
	default:
		fmt.Println("a nil channel is never ready")
	}
	closed := make(chan int)
	close(closed)
	select {
	case v, ok := <-closed:
		fmt.Println("closed channel is always ready:", v, ok)
	default:
		fmt.Println("never")
	}
}

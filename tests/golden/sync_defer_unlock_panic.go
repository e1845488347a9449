package main

import (
	"errors"
	"fmt"
	"sync"
)

var (
	mu      sync.Mutex
	balance = 100
)

func withdraw(n int) (err error) {
	mu.Lock()
	defer mu.Unlock()
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("withdraw %d: %v", n, r)
		}
	}()
	if n > balance {
		panic(errors.New("insufficient funds"))
	}
	balance -= n
	return nil
}

func main() {
	fmt.Println(withdraw(30))
	fmt.Println(withdraw(500))
	done := make(chan error)
	go func() { done <- withdraw(20) }()
	fmt.Println("other goroutine:", <-done, "balance", balance)
}

package main

import (
	"errors"
	"fmt"
)

func work(fail bool) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("work: %w", err)
		}
	}()
	if fail {
		return errors.New("disk full")
	}
	return nil
}

func main() {
	fmt.Println(work(false))
	fmt.Println(work(true))
}

package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered value is nil:", r == nil)
		fmt.Println(r)
		_, isRuntimeErr := r.(runtime.Error)
		fmt.Println("runtime.Error:", isRuntimeErr)
	}()
	panic(nil)
}

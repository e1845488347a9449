// Seed article, section 4.3 "并发安全的实例管理": instancePool, GetInstance and Instance.
// Added: package main, imports, and a main that gets two instances and uses the mutex.
// Erratum 3: GetInstance defers the Put, so the instance is back in the pool before the
// caller uses it, and the next GetInstance returns the same one. Note also that
// new(Instance) leaves data nil: writing to it would panic.
package main

import (
	"fmt"
	"sync"
)

var instancePool = sync.Pool{
	New: func() interface{} {
		return new(Instance)
	},
}

func GetInstance() *Instance {
	obj := instancePool.Get().(*Instance)
	// 使用 defer 确保归还
	defer instancePool.Put(obj)
	return obj
}

type Instance struct {
	mu   sync.Mutex
	data map[string]string
}

func main() {
	first := GetInstance()
	second := GetInstance()
	fmt.Println("same instance:", first == second)
	first.mu.Lock()
	fmt.Println("data is nil:", first.data == nil, len(first.data))
	first.mu.Unlock()
}

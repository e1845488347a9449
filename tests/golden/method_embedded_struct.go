package main

import (
	"fmt"
	"sync"
)

type Logger struct{ prefix string }

func (l Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

type Service struct {
	Logger
	mu    sync.Mutex
	count int
}

func (s *Service) Handle() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.count++
	s.Log(fmt.Sprintf("handled %d", s.count))
}

func main() {
	s := &Service{Logger: Logger{prefix: "[svc] "}}
	s.Handle()
	s.Handle()
	fmt.Println(s.count, s.prefix)
}

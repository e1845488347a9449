package main

import (
	"fmt"
	"strings"
	"sync"
)

var out strings.Builder

func say(a ...any) { out.WriteString(fmt.Sprintln(a...)) }

var (
	once   sync.Once
	config map[string]string
)

func loadConfig() {
	say("loading config")
	config = map[string]string{"addr": "db:5432"}
}

func main() {
	var wg sync.WaitGroup
	for id := 1; id <= 3; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(loadConfig)
			say("user", id, "sees", config["addr"])
		}()
	}
	wg.Wait()
	once.Do(func() { say("never: Do runs its function once") })
	fmt.Print(out.String())
}

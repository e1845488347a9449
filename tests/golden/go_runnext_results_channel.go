package main

import "fmt"

func worker(id int, results chan<- string) {
	results <- fmt.Sprintf("worker %d done", id)
}

func main() {
	results := make(chan string)
	for id := 1; id <= 5; id++ {
		go worker(id, results)
	}
	var got []string
	for i := 0; i < 5; i++ {
		got = append(got, <-results)
	}
	for _, s := range got {
		fmt.Println(s)
	}
}

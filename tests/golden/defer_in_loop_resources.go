package main

import "fmt"

type Resource struct{ id int }

func open(id int) *Resource {
	fmt.Println("open", id)
	return &Resource{id: id}
}

func (r *Resource) Close() { fmt.Println("close", r.id) }

func process(ids []int) {
	for _, id := range ids {
		r := open(id)
		defer r.Close()
		fmt.Println("use", r.id)
	}
	fmt.Println("process returns")
}

func processEach(ids []int) {
	for _, id := range ids {
		func() {
			r := open(id)
			defer r.Close()
			fmt.Println("use", r.id)
		}()
	}
	fmt.Println("processEach returns")
}

func main() {
	process([]int{1, 2, 3})
	processEach([]int{4, 5})
}

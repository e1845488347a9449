package main

import "fmt"

// sortStrings is an insertion sort: map order is random, so keys are sorted before printing.
func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func main() {
	m := make(map[string]int)
	m["b"] = 2
	m["a"] = 1
	m["c"] = 3
	m["a"] += 10
	v, ok := m["zz"]
	fmt.Println(v, ok, len(m))
	delete(m, "c")
	delete(m, "none")
	fmt.Println(m)
	keys := []string{}
	sum := 0
	for k, v := range m {
		keys = append(keys, k)
		sum += v
	}
	sortStrings(keys)
	fmt.Println(keys, sum)
	counts := map[rune]int{}
	for _, r := range "banana" {
		counts[r]++
	}
	fmt.Println(counts['a'], counts['n'], counts['x'], len(counts))
	nested := map[string][]int{}
	nested["x"] = append(nested["x"], 1, 2)
	fmt.Println(nested)
	type key struct{ a, b int }
	pm := map[key]string{{1, 2}: "one-two"}
	fmt.Println(pm[key{1, 2}], pm)
}

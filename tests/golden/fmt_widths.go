package main

import "fmt"

func main() {
	fmt.Printf("[%5d]\n", 42)
	fmt.Printf("[%-5d]\n", 42)
	fmt.Printf("[%05d]\n", 42)
	fmt.Printf("[%05d]\n", -42)
	fmt.Printf("[%5s]\n", "ab")
	fmt.Printf("[%-5s]|\n", "ab")
	fmt.Printf("[%.2f]\n", 3.14159)
	fmt.Printf("[%8.3f]\n", 2.5)
	fmt.Printf("[%-8.1f]\n", 9.99)
	fmt.Printf("[%6.2f%%]\n", 12.345)
	fmt.Printf("[%3d]\n", 12345)
	fmt.Printf("[%2s]\n", "long")
	fmt.Printf("[%6v][%-6v]\n", true, "x")
	fmt.Printf("[%4x][%04x]\n", 255, 255)
}

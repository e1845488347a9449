package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	var b uint8 = 0
	b--
	fmt.Println(b)
	var c uint8 = 200
	c += 100
	fmt.Println(c)
	var d int8 = -128
	d = -d
	fmt.Println(d)
	var e int16 = 32767
	e += 2
	fmt.Println(e)
	var u uint32 = 1
	u <<= 31
	u *= 2
	fmt.Println(u)
	x := 300
	var by byte = 255
	by++
	fmt.Println(uint8(x), int8(x), by)
	var m int64 = 9223372036854775807
	m++
	fmt.Println(m)
	fmt.Println(-7/2, -7%2, 7%-2, 7>>1, -7>>1)
}

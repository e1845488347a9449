package main

import "fmt"

type Celsius int

func (c Celsius) Fahrenheit() int { return int(c)*9/5 + 32 }

func (c Celsius) String() string { return fmt.Sprintf("%d°C", int(c)) }

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) Name() string {
	switch d {
	case Sunday:
		return "Sun"
	case Monday:
		return "Mon"
	}
	return "day" + fmt.Sprint(int(d))
}

func main() {
	c := Celsius(100)
	fmt.Println(c.Fahrenheit())
	fmt.Println(c)
	fmt.Printf("%v %d %s\n", c, c, c)
	fmt.Println(Sunday.Name(), Monday.Name(), Tuesday.Name())
	var d Weekday = 2
	fmt.Println(d == Tuesday, int(d)+1)
}

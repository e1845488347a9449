// Methods promoted from embedded fields are in the outer type's method set, so calls
// through an interface (and fmt's String/Error) reach them: a pointer method through an
// embedded *Base, a value method through an embedded value, two levels deep, and a
// pointer method of an embedded value only when the outer value is a pointer.
package main

import "fmt"

type Namer interface{ Name() string }

type Base struct{ name string }

func (b *Base) Name() string { return b.name }

type Tag struct{ label string }

func (t Tag) String() string { return "#" + t.label }
func (t *Tag) Rename(s string) { t.label = s }

type Dog struct {
	*Base
	Tag
	age int
}

type Puppy struct{ Dog }

type Renamer interface{ Rename(string) }

func main() {
	var n Namer = Dog{Base: &Base{"rex"}, Tag: Tag{"good"}, age: 3}
	fmt.Println(n.Name())
	var p Namer = Puppy{Dog{Base: &Base{"bit"}}}
	fmt.Println(p.Name())
	d := Dog{Base: &Base{"fido"}, Tag: Tag{"old"}}
	fmt.Println(d)
	var s fmt.Stringer = Puppy{d}
	fmt.Println(s.String(), s)
	_, ok := any(d).(Renamer)
	r, okp := any(&d).(Renamer)
	fmt.Println(ok, okp)
	r.Rename("new")
	fmt.Println(d.Tag, d.label)
	f := n.Name
	fmt.Println(f())
	var none Namer = Dog{}
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(none.Name())
}

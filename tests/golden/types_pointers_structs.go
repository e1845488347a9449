package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
}

func deposit(a *Account, n int) { a.Balance += n }

func depositCopy(a Account, n int) { a.Balance += n }

func main() {
	acc := Account{Owner: "ana"}
	deposit(&acc, 10)
	depositCopy(acc, 1000)
	fmt.Println(acc)
	p := &acc
	q := &acc
	r := &Account{Owner: "ana", Balance: 10}
	fmt.Println(p == q, p == r, *p == *r)
	p.Balance++
	fmt.Println(acc.Balance, q.Balance)
	n := new(int)
	*n = 5
	m := n
	*m++
	fmt.Println(*n)
	copyAcc := acc
	copyAcc.Owner = "bo"
	fmt.Println(acc.Owner, copyAcc.Owner)
	var np *Account
	fmt.Println(np == nil, np)
}

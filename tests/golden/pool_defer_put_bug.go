package main

import (
	"fmt"
	"sync"
)

type Connection struct {
	id   int
	user string
}

var created = 0

var connectionPool = sync.Pool{
	New: func() any {
		created++
		return &Connection{id: created}
	},
}

// GetConnection is the article's buggy version: the deferred Put hands the
// connection back to the pool while the caller is still using it.
func GetConnection() *Connection {
	conn := connectionPool.Get().(*Connection)
	defer connectionPool.Put(conn)
	return conn
}

func main() {
	alice := GetConnection()
	alice.user = "alice"
	bob := GetConnection()
	bob.user = "bob"
	fmt.Println("alice's conn:", alice.id, alice.user)
	fmt.Println("bob's conn:  ", bob.id, bob.user)
	fmt.Println("same object:", alice == bob, "created:", created)
}

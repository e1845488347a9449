// Seed article, section 4.1 "构建可复用的网络连接池": connectionPool and GetConnection.
// Added: package main, imports, the Connection type and a stub dialNetwork that the
// article leaves undefined (it counts dials instead of opening a socket), and a main
// where two callers each get a connection.
// Errata 3 and 4: the deferred Put returns the connection to the pool while the
// caller still holds it, so the second caller gets the same object. And sync.Pool is
// the wrong tool for connections: the GC may drop them without closing them.
package main

import (
	"fmt"
	"sync"
)

type Connection struct {
	conn string
}

var dials = 0

func dialNetwork() string {
	dials++
	return fmt.Sprintf("socket-%d", dials)
}

var connectionPool = sync.Pool{
	New: func() interface{} {
		return &Connection{conn: dialNetwork()}
	},
}

func GetConnection() *Connection {
	conn := connectionPool.Get().(*Connection)
	// 使用 defer 在函数退出时归还连接
	defer func() {
		connectionPool.Put(conn)
	}()
	return conn
}

func main() {
	a := GetConnection()
	b := GetConnection()
	fmt.Println("caller A uses", a.conn)
	fmt.Println("caller B uses", b.conn)
	fmt.Println("same connection:", a == b, "dials:", dials)
}

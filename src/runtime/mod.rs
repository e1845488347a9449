//! The resumable interpreter: goroutines on simulated Ps, defer, panic and recover,
//! driving the pool engine. Its whole state is data.

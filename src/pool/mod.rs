//! A faithful, steppable port of Go's `sync.Pool` (`src/sync/pool.go`, `poolqueue.go`).
//!
//! This module imports nothing else from the crate.

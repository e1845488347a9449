//! The `poolscope` command line: runs Go programs on the engine.

fn main() {
    eprintln!("usage: poolscope run|trace FILE.go");
    std::process::exit(2);
}

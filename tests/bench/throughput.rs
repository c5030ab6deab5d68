//! Throughput of the whole pipeline (filled in by the benchmark work).
fn main() {}

//! `cargo xtask bench`: measures what the project promises about speed and size, and writes docs/performance.md.

pub fn run() -> Result<(), String> {
    Err("bench is not written yet".to_owned())
}

//! The simulator's integration tests, in one binary so the workspace links one test executable per crate instead of one per file.
//! Each module is one area; they share `common`.

mod common;

mod arm;
mod binary;
mod errors;
mod graph_faults;
mod identity;
mod lifecycle;
mod scenario;

//! The core's integration tests, in one binary so the workspace links one test executable per crate instead of one per file.
//! Each module is one area; they share `common`.

mod common;

mod access_review;
mod assistant;
mod azure_cli;
mod cli;
mod command_line;
mod everywhere;
mod grant;
mod keychain;
mod keychain_locked;
mod keychain_unavailable;
mod pal;
mod proof;
mod sign_in;

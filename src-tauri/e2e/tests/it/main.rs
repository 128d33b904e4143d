//! The end-to-end tests, in one binary so the crate links one test executable instead of one per file. Each
//! module is one area of the app; the harness they share is the crate's library.

mod everywhere;
mod first_screen;
mod grant;
mod harness_selfcheck;
mod installed;
mod link;
mod sign_in;
mod tour;
mod window;

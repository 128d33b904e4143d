//! The app under test, split by what a test does with it.

use super::*;

mod checks;
mod launch;
mod outside;
mod page;

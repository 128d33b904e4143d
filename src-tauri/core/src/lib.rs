//! The GUI-free core of Partner Link Assistant.
//!
//! Partner Admin Link (PAL) tells Microsoft which partner influences a customer's Azure usage: a partner's
//! Associated Partner ID is linked to the identity (user or service principal) the partner uses inside each
//! customer's directory. This crate holds everything the app does and knows — sign-in, token cache, keychain,
//! Azure Resource Manager calls, the linking rules and the data behind the explanations — so that the desktop shell
//! and the command line are thin layers over the same code, and so that all of it is testable without a window.
//!
//! ```
//! use partner_link_core::{AppInfo, Cloud};
//! let info = AppInfo::current(Cloud::AzurePublic, false);
//! assert_eq!(info.name, "Partner Link Assistant");
//! assert!(!info.practice_mode);
//! ```

pub mod access_review;
pub mod activity_log;
pub mod app_info;
pub mod arm;
pub mod assistant;
pub mod auth;
pub mod blocker;
pub mod cli;
pub mod cloud;
pub mod decide;
pub mod directory;
pub mod endpoints;
pub mod error;
pub mod everywhere;
pub mod files;
pub mod fuzzing;
pub mod grant;
pub mod graph;
pub mod http;
pub mod ids;
pub mod jsonl;
pub mod keychain;
pub mod pal;
pub mod partner_id;
pub mod proof;
pub mod role_assignments;
pub mod rules;
pub mod secret;
pub mod settings;
pub mod sources;
pub mod subscriptions;
pub mod tenants;
pub mod token;
pub mod token_cache;
pub mod updates;

pub use app_info::AppInfo;
pub use cloud::Cloud;
pub use endpoints::Endpoints;
pub use error::{Error, ErrorCode};
pub use secret::Sensitive;
pub use token::{AccessToken, TokenSource};

//! Socius: the network software of Brussels' social coordinations (CPAS/OCMW).
//!
//! `platform` is the thin layer every capability stands on; `features` holds one folder per
//! capability (routes, queries, templates); `domain` holds the parsed value types.

pub mod app;
pub mod cli;
pub mod config;
pub mod demo;
pub mod domain;
pub mod features;
pub mod platform;

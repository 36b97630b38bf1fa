//! Behaviour tests through the real router, each on SQLite and on PostgreSQL.

mod support;

mod accounts;
mod antivirus;
mod api;
mod authz;
mod backup;
mod bad_input;
mod cli;
mod contact_accounts;
mod coordinations;
mod crawl;
mod directory;
mod editing;
mod hsds;
mod hsds_shapes;
mod i18n;
mod input;
mod locking;
mod mail;
mod meetings;
mod membership;
mod minutes;
mod observatory;
mod once;
mod pages;
mod platform;
mod rights;
mod search;
mod second_factor;
mod tenancy;
mod transfer;
mod visitors;
mod vocabularies;

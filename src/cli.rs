//! The `socius` command line.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "socius",
    version,
    about = "The network software of Brussels' social coordinations"
)]
pub struct Cli {
    /// A TOML configuration file; SOCIUS_* environment variables override it.
    #[arg(long, global = true, env = "SOCIUS_CONFIG")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the HTTP server (applies pending migrations first).
    Serve,
    /// Apply pending database migrations.
    Migrate,
    /// Create a fresh database with demo data, print the demo accounts, and serve it.
    Demo {
        /// The demo database (recreated when SQLite; must be empty when PostgreSQL). Defaults to
        /// SOCIUS_DATABASE_URL when set, else sqlite://socius-demo.db.
        #[arg(long)]
        database_url: Option<String>,
    },
    /// Add a generated data set to the database, for the benchmark: coordinations with people and a
    /// long audit log (on top of the demo, which it expects).
    BenchData {
        /// People per coordination.
        #[arg(long, default_value_t = 200)]
        people: usize,
        /// Audit-log entries per coordination.
        #[arg(long, default_value_t = 20_000)]
        audit: usize,
        /// Organisations (three services each on average) spread over all 19 municipalities; the
        /// coordinations that do not exist yet are created. 5000 makes the regional data set.
        #[arg(long, default_value_t = 0)]
        organisations: usize,
        /// Member organisations (one contact each) added to Anderlecht's plenary, with ten
        /// plenaries ready to be published to them; their ids are printed as `bench-meetings:`.
        #[arg(long, default_value_t = 0)]
        invitees: usize,
        /// Observatory signals spread over every coordination (two rounds each).
        #[arg(long, default_value_t = 0)]
        signals: usize,
    },
    /// Write a consistent copy of the whole instance to FILE while it serves (SQLite: VACUUM
    /// INTO; PostgreSQL: pg_dump --format=custom). FILE must not exist.
    Backup { file: PathBuf },
    /// Restore a backup into the configured database, which must be empty (no account, no
    /// coordination) unless --force; then apply the migrations this version adds.
    Restore {
        file: PathBuf,
        /// Replace what the database holds.
        #[arg(long)]
        force: bool,
    },
    /// Create, edit and list coordinations.
    #[command(subcommand)]
    Coordination(CoordinationCommand),
    /// Manage user accounts.
    #[command(subcommand)]
    User(UserCommand),
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create a user with a role (or give an existing user the role).
    Add {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// admin (platform administrator), regional (regional staff: the regional observatory),
        /// coordinator, member or steering.
        #[arg(long)]
        role: String,
        /// The coordination's slug (not for admin or regional).
        #[arg(long)]
        coordination: Option<String>,
        /// fr, nl or en.
        #[arg(long, default_value = "fr")]
        lang: String,
        /// The password; a random one is generated and printed when absent.
        #[arg(long, env = "SOCIUS_NEW_PASSWORD", hide_env_values = true)]
        password: Option<String>,
    },
    /// Print, as JSON, everything Socius holds about the person with this address (their account
    /// and the contact records written with it), for a request under GDPR arts. 15 and 20.
    Export {
        #[arg(long)]
        email: String,
    },
    /// Erase the person with this address everywhere (GDPR art. 17): without `--yes`, print what
    /// would be removed and what would stay without their name, and change nothing.
    Erase {
        #[arg(long)]
        email: String,
        #[arg(long)]
        yes: bool,
    },
    /// Set a new password for a user (random and printed when not given).
    ResetPassword {
        #[arg(long)]
        email: String,
        #[arg(long, env = "SOCIUS_NEW_PASSWORD", hide_env_values = true)]
        password: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum CoordinationCommand {
    /// List the coordinations: slug, names, municipality (NIS code), email.
    List,
    /// Create a coordination (its coordinators are then added with `socius user add`).
    Add {
        /// Its address in Socius (`/fr/SLUG/`): lower-case letters, digits and hyphens.
        #[arg(long)]
        slug: String,
        #[command(flatten)]
        identity: IdentityArgs,
    },
    /// Change a coordination's names, contact details or identity (only what is given).
    Edit {
        #[arg(long)]
        slug: String,
        #[command(flatten)]
        identity: IdentityArgs,
    },
    /// Write one coordination as a portable JSON file, to move it to another Socius instance
    /// (SQLite or PostgreSQL): its records, documents and audit log, and the accounts they name
    /// (address, name, language; never a password, a second factor or a session). Mail, secret
    /// links and tokens stay.
    Export {
        slug: String,
        /// The file to write (standard output when absent).
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Write a file made by `export` as a new coordination, in one transaction: refused when its
    /// slug exists here or it comes from a newer Socius. Accounts are matched by address; those
    /// created get no password, and whoever holds a role is emailed an invitation to choose one.
    Import { file: PathBuf },
}

/// A coordination's identity on the command line; each option left out stays as it is.
#[derive(Debug, clap::Args)]
pub struct IdentityArgs {
    #[arg(long)]
    pub name_fr: Option<String>,
    #[arg(long)]
    pub name_nl: Option<String>,
    /// The name it goes by, e.g. "Koecoon".
    #[arg(long)]
    pub own_name: Option<String>,
    /// The municipality's NIS code (21001 Anderlecht … 21019 Woluwe-Saint-Pierre).
    #[arg(long)]
    pub nis_code: Option<String>,
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long)]
    pub phone: Option<String>,
    #[arg(long)]
    pub address_fr: Option<String>,
    #[arg(long)]
    pub address_nl: Option<String>,
    #[arg(long)]
    pub office_hours_fr: Option<String>,
    #[arg(long)]
    pub office_hours_nl: Option<String>,
    #[arg(long)]
    pub website: Option<String>,
    /// `#rrggbb`, dark enough for white text (WCAG AA); empty for Socius's own.
    #[arg(long)]
    pub accent_colour: Option<String>,
}

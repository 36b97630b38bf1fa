use anyhow::Context;
use clap::Parser;
use tokio::net::TcpListener;

use socius::cli::{Cli, Command, UserCommand};
use socius::config::{Config, LogFormat};
use socius::domain::{Email, Lang, Password};
use socius::features::rights;
use socius::platform::auth::{self, NewUser};
use socius::platform::backup;
use socius::platform::i18n;
use socius::platform::personal_data::{self, Erased, Reach};
use socius::platform::policy::Role;
use socius::platform::tenancy;
use socius::{app, demo};

fn init_logging(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| {
        tracing_subscriber::EnvFilter::new("info,sqlx=warn,tower_sessions=warn")
    });
    let builder = tracing_subscriber::fmt().with_env_filter(filter);
    match format {
        LogFormat::Json => builder.json().init(),
        LogFormat::Text => builder.init(),
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let mut config = Config::load(cli.config.as_deref())?;
    init_logging(config.log_format);
    match cli.command {
        Command::Serve => serve(config).await,
        Command::Migrate => {
            app::prepare(config).await?;
            println!("migrations applied");
            Ok(())
        }
        Command::Demo { database_url } => {
            // Never the production default: a demo recreates its database.
            config.database_url = match database_url {
                Some(url) => url,
                None if std::env::var("SOCIUS_DATABASE_URL").is_ok() => config.database_url,
                None => "sqlite://socius-demo.db".into(),
            };
            demo::reset_database(&config.database_url).await?;
            let state = app::prepare(config.clone()).await?;
            let accounts = demo::seed(&state).await?;
            demo::print_accounts(&config, &accounts);
            state.db.close().await;
            serve(config).await
        }
        Command::BenchData {
            people,
            audit,
            organisations,
            invitees,
            signals,
        } => {
            let state = app::prepare(config).await?;
            demo::regional_directory(&state, organisations).await?;
            demo::bench_data(&state, people, audit).await?;
            socius::features::observatory::demo::bench(&state.db, signals).await?;
            if invitees > 0 {
                let meetings =
                    socius::features::meetings::demo::bench(&state.db, "anderlecht", invitees)
                        .await?;
                println!(
                    "bench-meetings: {}",
                    meetings
                        .iter()
                        .map(i64::to_string)
                        .collect::<Vec<_>>()
                        .join(" ")
                );
            }
            state.db.close().await;
            Ok(())
        }
        Command::User(command) => user(config, command).await,
        Command::Coordination(command) => {
            let state = app::prepare(config).await?;
            let said = socius::features::coordinations::command(&state, command).await;
            state.db.close().await;
            println!("{}", said?);
            Ok(())
        }
        Command::Backup { file } => {
            backup::backup(&config.database_url, &file).await?;
            println!("backup written to {}", file.display());
            Ok(())
        }
        Command::Restore { file, force } => {
            let restored = backup::restore(&config.database_url, &file, force).await?;
            println!(
                "restored {} (schema {}, now {})",
                file.display(),
                restored.from_schema,
                restored.to_schema
            );
            Ok(())
        }
    }
}

async fn serve(config: Config) -> anyhow::Result<()> {
    let listener = TcpListener::bind(config.listen)
        .await
        .with_context(|| format!("cannot listen on {}", config.listen))?;
    let state = app::prepare(config).await?;
    app::run(state, listener, app::shutdown_signal()).await
}

fn password_or_generated(given: Option<String>) -> anyhow::Result<(Password, bool)> {
    match given {
        Some(p) => Ok((
            Password::parse(&p).map_err(|key| anyhow::anyhow!("password refused: {key}"))?,
            false,
        )),
        None => Ok((
            Password::parse(&auth::random_token()[..20]).expect("random passwords pass the policy"),
            true,
        )),
    }
}

async fn user(config: Config, command: UserCommand) -> anyhow::Result<()> {
    let state = app::prepare(config).await?;
    let db = &state.db;
    match command {
        UserCommand::Add {
            email,
            name,
            role,
            coordination,
            lang,
            password,
        } => {
            let email = Email::parse(&email).map_err(|k| anyhow::anyhow!("invalid email: {k}"))?;
            let lang = Lang::parse(&lang).map_err(|k| anyhow::anyhow!("invalid language: {k}"))?;
            let (password, generated) = password_or_generated(password)?;
            let hash = auth::hash_password(&password).await?;
            let admin = role == "admin";
            let regional = role == "regional";
            let grant = if admin || regional {
                None
            } else {
                let role = Role::parse(&role).map_err(|_| {
                    anyhow::anyhow!("role must be admin, regional, coordinator, member or steering")
                })?;
                let slug = coordination.context("--coordination is required for this role")?;
                let c = tenancy::find_by_slug(db, &slug)
                    .await?
                    .with_context(|| format!("no coordination {slug}"))?;
                Some((c.id, role))
            };
            let mut tx = db.begin().await?;
            let user_id = match auth::find_user_by_email(db, &email).await? {
                Some(existing) => existing.id,
                None => {
                    auth::create_user(
                        &mut tx,
                        &NewUser {
                            email: &email,
                            display_name: &name,
                            lang,
                            password_hash: Some(&hash),
                            is_platform_admin: admin,
                        },
                    )
                    .await?
                }
            };
            if let Some((coordination_id, role)) = grant {
                auth::grant_role(&mut tx, user_id, coordination_id, role).await?;
            }
            if regional {
                auth::set_regional_staff(&mut tx, user_id, true).await?;
            }
            tx.commit().await?;
            println!("user {email} ready (id {user_id})");
            if generated {
                println!("password: {}", password.expose());
            }
        }
        UserCommand::ResetPassword { email, password } => {
            let email = Email::parse(&email).map_err(|k| anyhow::anyhow!("invalid email: {k}"))?;
            let user = auth::find_user_by_email(db, &email)
                .await?
                .with_context(|| format!("no user {email}"))?;
            let (password, generated) = password_or_generated(password)?;
            let hash = auth::hash_password(&password).await?;
            let mut tx = db.begin().await?;
            auth::set_password_hash(&mut tx, user.id, &hash).await?;
            tx.commit().await?;
            println!("password of {email} changed; existing sessions are signed out");
            if generated {
                println!("password: {}", password.expose());
            }
        }
        UserCommand::Export { email } => {
            let email = Email::parse(&email).map_err(|k| anyhow::anyhow!("invalid email: {k}"))?;
            let subject = rights::known_by_email(db, &email).await?;
            let document = rights::export_document(db, &subject).await?;
            println!("{}", serde_json::to_string_pretty(&document)?);
        }
        UserCommand::Erase { email, yes } => {
            let email = Email::parse(&email).map_err(|k| anyhow::anyhow!("invalid email: {k}"))?;
            let subject = rights::known_by_email(db, &email).await?;
            if !yes {
                let preview = personal_data::preview(
                    db,
                    &socius::features::personal_data(),
                    &subject,
                    Reach::Everywhere,
                )
                .await?;
                print_erasure(&preview);
                println!("nothing changed: run again with --yes to erase {email}");
            } else {
                match rights::erase_everywhere(db, &subject, "socius user erase").await? {
                    Ok(done) => {
                        print_erasure(&done);
                        println!("{email} erased");
                    }
                    Err(blocked) if blocked.last_admin => {
                        anyhow::bail!("{email} is the last platform admin: make another one first")
                    }
                    Err(blocked) => anyhow::bail!(
                        "{email} is the only coordinator of {}: name another coordinator first",
                        blocked.coordinations.join(", ")
                    ),
                }
            }
        }
    }
    state.db.close().await;
    Ok(())
}

/// What an erasure does, one line per kind of record.
fn print_erasure(lines: &[Erased]) {
    for line in lines {
        let why = match line.why {
            "" => String::new(),
            key => format!(" — {}", i18n::t(Lang::En, key)),
        };
        println!(
            "{:?}: {} ({}){why}",
            line.fate,
            i18n::t(Lang::En, line.key),
            line.count
        );
    }
}

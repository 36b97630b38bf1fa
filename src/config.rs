//! Configuration: an optional TOML file, then `SOCIUS_*` environment variables (the environment wins).

use std::fmt;
use std::net::SocketAddr;
use std::path::Path;

use anyhow::Context;
use serde::Deserialize;

/// A value that must never reach a log line.
#[derive(Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    #[default]
    Text,
    Json,
}

#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum SmtpTls {
    /// Plain SMTP, for a relay on the same host or a test sink.
    None,
    #[default]
    Starttls,
    /// Implicit TLS (port 465).
    Tls,
}

#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
pub struct SmtpConfig {
    pub host: String,
    #[serde(default = "default_smtp_port")]
    pub port: u16,
    #[serde(default)]
    pub username: Option<String>,
    #[serde(default)]
    pub password: Option<Secret>,
    #[serde(default)]
    pub tls: SmtpTls,
    pub from: String,
}

fn default_smtp_port() -> u16 {
    587
}

#[derive(Clone, Debug, Deserialize)]
#[serde(default)]
pub struct Config {
    pub database_url: String,
    pub listen: SocketAddr,
    /// Where people reach Socius; used in email links. `https://` turns on Secure cookies and HSTS.
    pub base_url: String,
    pub smtp: Option<SmtpConfig>,
    pub log_format: LogFormat,
    /// When set, `/metrics` also answers requests carrying `Authorization: Bearer <token>`;
    /// it always answers loopback clients.
    pub metrics_token: Option<Secret>,
    /// Take the client address from `X-Forwarded-For` (only behind a reverse proxy you run).
    pub trust_proxy: bool,
    /// How many proxies of yours a request passes through: the client is the address the
    /// outermost of them added, counted from the right of `X-Forwarded-For` (what a client writes
    /// itself stands further left and is ignored).
    pub proxy_hops: usize,
    pub session_idle_minutes: i64,
    pub session_absolute_hours: i64,
    /// How long a mail worker holds a message before another may take it over.
    pub outbox_lease_seconds: i64,
    /// How long `/healthz` waits for a database connection before answering 503: shorter than
    /// the pool's own wait, so a load balancer learns fast.
    pub health_timeout_ms: u64,
    /// ClamAV's daemon (its `LocalSocket`): when set, every uploaded file is scanned and an
    /// infected one refused; while it does not answer, uploads are refused rather than let through.
    pub clamd_socket: Option<std::path::PathBuf>,
    /// How long browsers and shared caches may keep a public page a visitor read without asking
    /// again (`Cache-Control: public, max-age`); after it they ask with the page's `ETag`.
    pub public_max_age_seconds: u32,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            database_url: "sqlite://socius.db".into(),
            listen: "127.0.0.1:8080".parse().expect("valid default address"),
            base_url: "http://127.0.0.1:8080".into(),
            smtp: None,
            log_format: LogFormat::Text,
            metrics_token: None,
            trust_proxy: false,
            proxy_hops: 1,
            session_idle_minutes: 120,
            session_absolute_hours: 12,
            outbox_lease_seconds: 60,
            health_timeout_ms: 2000,
            clamd_socket: None,
            public_max_age_seconds: 60,
        }
    }
}

impl Config {
    pub fn load(file: Option<&Path>) -> anyhow::Result<Config> {
        let mut config = match file {
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .with_context(|| format!("cannot read {}", path.display()))?;
                toml::from_str(&text)
                    .with_context(|| format!("invalid configuration in {}", path.display()))?
            }
            None => Config::default(),
        };
        config.apply_env(|name| std::env::var(name).ok())?;
        Ok(config)
    }

    /// Overlays `SOCIUS_*` variables; `lookup` is injected so tests need not touch the process env.
    pub fn apply_env(&mut self, lookup: impl Fn(&str) -> Option<String>) -> anyhow::Result<()> {
        let get = |name: &str| lookup(&format!("SOCIUS_{name}")).filter(|v| !v.is_empty());
        if let Some(v) = get("DATABASE_URL") {
            self.database_url = v;
        }
        if let Some(v) = get("CLAMD_SOCKET") {
            self.clamd_socket = Some(v.into());
        }
        if let Some(v) = get("LISTEN") {
            self.listen = v
                .parse()
                .context("SOCIUS_LISTEN must be an address such as 127.0.0.1:8080")?;
        }
        if let Some(v) = get("BASE_URL") {
            self.base_url = v;
        }
        if let Some(v) = get("LOG_FORMAT") {
            self.log_format = match v.as_str() {
                "json" => LogFormat::Json,
                "text" => LogFormat::Text,
                _ => anyhow::bail!("SOCIUS_LOG_FORMAT must be text or json"),
            };
        }
        if let Some(v) = get("METRICS_TOKEN") {
            self.metrics_token = Some(Secret::new(v));
        }
        if let Some(v) = get("TRUST_PROXY") {
            self.trust_proxy = matches!(v.as_str(), "1" | "true" | "yes");
        }
        if let Some(v) = get("PUBLIC_MAX_AGE_SECONDS") {
            self.public_max_age_seconds = v
                .parse()
                .context("SOCIUS_PUBLIC_MAX_AGE_SECONDS must be a number of seconds")?;
        }
        if let Some(v) = get("HEALTH_TIMEOUT_MS") {
            self.health_timeout_ms = v
                .parse()
                .context("SOCIUS_HEALTH_TIMEOUT_MS must be a number of milliseconds")?;
        }
        if let Some(v) = get("PROXY_HOPS") {
            self.proxy_hops = v
                .parse()
                .ok()
                .filter(|n| *n >= 1)
                .context("SOCIUS_PROXY_HOPS must be a number of proxies, 1 or more")?;
        }
        if let Some(host) = get("SMTP_HOST") {
            let from = get("SMTP_FROM")
                .or_else(|| self.smtp.as_ref().map(|s| s.from.clone()))
                .context("SOCIUS_SMTP_FROM is required with SOCIUS_SMTP_HOST")?;
            self.smtp = Some(SmtpConfig {
                host,
                port: default_smtp_port(),
                username: None,
                password: None,
                tls: SmtpTls::default(),
                from,
            });
        }
        if let Some(smtp) = self.smtp.as_mut() {
            if let Some(v) = get("SMTP_PORT") {
                smtp.port = v
                    .parse()
                    .context("SOCIUS_SMTP_PORT must be a port number")?;
            }
            if let Some(v) = get("SMTP_USERNAME") {
                smtp.username = Some(v);
            }
            if let Some(v) = get("SMTP_PASSWORD") {
                smtp.password = Some(Secret::new(v));
            }
            if let Some(v) = get("SMTP_TLS") {
                smtp.tls = match v.as_str() {
                    "none" => SmtpTls::None,
                    "starttls" => SmtpTls::Starttls,
                    "tls" => SmtpTls::Tls,
                    _ => anyhow::bail!("SOCIUS_SMTP_TLS must be none, starttls or tls"),
                };
            }
            if let Some(v) = get("SMTP_FROM") {
                smtp.from = v;
            }
        }
        Ok(())
    }

    pub fn is_https(&self) -> bool {
        self.base_url.starts_with("https://")
    }

    pub fn base_url(&self) -> &str {
        self.base_url.trim_end_matches('/')
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn environment_wins_over_file() {
        let mut config: Config = toml::from_str(
            "database_url = \"sqlite://file.db\"\n[smtp]\nhost = \"mail\"\nfrom = \"a@b.be\"\npassword = \"s3cret\"\n",
        )
        .unwrap();
        let env: HashMap<&str, &str> = [
            ("SOCIUS_DATABASE_URL", "postgres://db/socius"),
            ("SOCIUS_SMTP_PORT", "2525"),
            ("SOCIUS_LOG_FORMAT", "json"),
        ]
        .into();
        config
            .apply_env(|k| env.get(k).map(|v| v.to_string()))
            .unwrap();
        assert_eq!(config.database_url, "postgres://db/socius");
        let smtp = config.smtp.as_ref().unwrap();
        assert_eq!((smtp.host.as_str(), smtp.port), ("mail", 2525));
        assert_eq!(config.log_format, LogFormat::Json);
    }

    #[test]
    fn secrets_never_print() {
        let config: Config =
            toml::from_str("[smtp]\nhost = \"mail\"\nfrom = \"a@b.be\"\npassword = \"s3cret\"\n")
                .unwrap();
        assert!(!format!("{config:?}").contains("s3cret"));
    }

    #[test]
    fn bad_values_are_refused() {
        let mut config = Config::default();
        assert!(config
            .apply_env(|k| (k == "SOCIUS_LISTEN").then(|| "nowhere".into()))
            .is_err());
    }
}

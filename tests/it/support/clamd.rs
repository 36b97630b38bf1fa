//! A real ClamAV daemon for the upload tests, started with a signature database of its own: one
//! test signature (a SHA-256 of known bytes), since the official databases are downloaded from
//! the internet, which tests do not reach.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

use sha2::{Digest, Sha256};

/// The bytes the test signature recognises: a file that stands for a virus.
pub const INFECTED: &[u8] = b"%PDF-1.4\nSocius test file: ClamAV's test signature recognises it.\n";

pub struct Clamd {
    pub socket: PathBuf,
    child: Child,
    dir: PathBuf,
}

impl Clamd {
    /// Starts clamd, or says it is skipped (fails when every test is required).
    pub async fn start() -> Option<Clamd> {
        let binary = ["/usr/sbin/clamd", "/usr/bin/clamd"]
            .into_iter()
            .find(|p| std::path::Path::new(p).exists());
        let Some(binary) = binary else {
            if std::env::var("SOCIUS_TEST_REQUIRE_ALL").is_ok_and(|v| v == "1") {
                panic!("clamd is required (apt-get install clamav-daemon)");
            }
            eprintln!(
                "SKIPPED: the upload scanning test needs clamd (apt-get install clamav-daemon)"
            );
            return None;
        };
        let dir = std::env::temp_dir().join(format!(
            "socius-clamd-{}",
            socius::platform::auth::random_token()
        ));
        let db = dir.join("db");
        std::fs::create_dir_all(&db).unwrap();
        let digest = hex::encode(Sha256::digest(INFECTED));
        std::fs::write(
            db.join("socius-test.hsb"),
            format!("{digest}:{}:Socius.Test.Signature\n", INFECTED.len()),
        )
        .unwrap();
        let socket = dir.join("clamd.sock");
        let config = dir.join("clamd.conf");
        std::fs::write(
            &config,
            format!(
                "LocalSocket {}\nDatabaseDirectory {}\nTemporaryDirectory {}\nForeground yes\nLogFile {}\n",
                socket.display(),
                db.display(),
                dir.display(),
                dir.join("clamd.log").display()
            ),
        )
        .unwrap();
        let child = Command::new(binary)
            .arg("--config-file")
            .arg(&config)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("clamd starts");
        let clamd = Clamd { socket, child, dir };
        for _ in 0..300 {
            if tokio::net::UnixStream::connect(&clamd.socket).await.is_ok() {
                return Some(clamd);
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        let log = std::fs::read_to_string(clamd.dir.join("clamd.log")).unwrap_or_default();
        panic!("clamd did not open its socket:\n{log}");
    }

    /// Stops the daemon: uploads are then refused as unchecked.
    pub fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_file(&self.socket);
    }
}

impl Drop for Clamd {
    fn drop(&mut self) {
        self.stop();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

//! Uploaded files scanned by ClamAV's daemon when `clamd_socket` is configured (see the README):
//! the file is streamed to clamd (`INSTREAM`) and an infected one is refused with a message. While
//! the daemon does not answer, uploads are refused: a file nobody could check is not stored for
//! others to download. Without the setting nothing is scanned.

use std::path::Path;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::UnixStream;

use crate::config::Config;
use crate::domain::MessageKey;

/// How long a scan may take before the upload is refused as unchecked.
const SCAN_TIMEOUT: Duration = Duration::from_secs(30);
/// clamd reads a stream in chunks; its default `StreamMaxLength` is larger than our uploads.
const CHUNK: usize = 64 * 1024;

#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    Clean,
    /// The signature's name, as clamd reports it.
    Infected(String),
}

/// Streams `bytes` to the clamd listening on `socket` and reads its verdict.
pub async fn scan(socket: &Path, bytes: &[u8]) -> std::io::Result<Verdict> {
    let mut stream = UnixStream::connect(socket).await?;
    stream.write_all(b"zINSTREAM\0").await?;
    for chunk in bytes.chunks(CHUNK) {
        stream
            .write_all(&(chunk.len() as u32).to_be_bytes())
            .await?;
        stream.write_all(chunk).await?;
    }
    stream.write_all(&0u32.to_be_bytes()).await?;
    let mut reply = Vec::new();
    stream.read_to_end(&mut reply).await?;
    let reply = String::from_utf8_lossy(&reply);
    let reply = reply.trim_end_matches(['\0', '\n']);
    // "stream: OK", "stream: Eicar-Signature FOUND", or "… ERROR".
    let verdict = reply.strip_prefix("stream: ").unwrap_or(reply);
    match verdict.strip_suffix(" FOUND") {
        Some(signature) => Ok(Verdict::Infected(signature.to_string())),
        None if verdict == "OK" => Ok(Verdict::Clean),
        None => Err(std::io::Error::other(format!("clamd answered {reply:?}"))),
    }
}

/// What an upload handler asks before keeping a file: nothing to say, or the message shown
/// beside the upload field.
pub async fn check_upload(config: &Config, bytes: &[u8]) -> Result<(), MessageKey> {
    let Some(socket) = &config.clamd_socket else {
        return Ok(());
    };
    match tokio::time::timeout(SCAN_TIMEOUT, scan(socket, bytes)).await {
        Ok(Ok(Verdict::Clean)) => Ok(()),
        Ok(Ok(Verdict::Infected(signature))) => {
            tracing::warn!(%signature, bytes = bytes.len(), "an infected upload was refused");
            Err("error-upload-infected")
        }
        Ok(Err(error)) => {
            tracing::error!(%error, socket = %socket.display(), "clamd could not scan an upload");
            Err("error-upload-unchecked")
        }
        Err(_) => {
            tracing::error!(socket = %socket.display(), "clamd did not answer in time");
            Err("error-upload-unchecked")
        }
    }
}

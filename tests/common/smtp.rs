//! A real SMTP server over TCP inside the test process: it speaks enough ESMTP for lettre
//! (EHLO, MAIL, RCPT, DATA with dot-stuffing, RSET, NOOP, QUIT), keeps every message, and can
//! be told to refuse mail (451) to show that nothing is lost while the server is down.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

#[derive(Clone, Debug)]
pub struct Received {
    pub rcpt: Vec<String>,
    pub raw: Vec<u8>,
}

#[derive(Clone, Default)]
pub struct SmtpServer {
    pub port: u16,
    pub messages: Arc<Mutex<Vec<Received>>>,
    refuse: Arc<AtomicBool>,
    /// MAIL FROM commands answered 451 while refusing: one per delivery attempt.
    pub refused: Arc<AtomicUsize>,
    /// A recipient whose messages are held after DATA, unanswered, until `release`.
    hold: Arc<Mutex<Option<String>>>,
    released: Arc<tokio::sync::Notify>,
}

impl SmtpServer {
    pub async fn start() -> SmtpServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind smtp");
        let server = SmtpServer { port: listener.local_addr().unwrap().port(), ..Default::default() };
        let s = server.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let s = s.clone();
                tokio::spawn(async move {
                    let _ = s.session(stream).await;
                });
            }
        });
        server
    }

    /// While true, every MAIL FROM is answered 451 (try again later).
    pub fn refuse(&self, on: bool) {
        self.refuse.store(on, Ordering::SeqCst);
    }

    /// Holds every message to `address` after its DATA, unanswered (a slow server), until
    /// [`SmtpServer::release`]; a client that gives up meanwhile has delivered nothing.
    pub fn hold(&self, address: &str) {
        *self.hold.lock().unwrap() = Some(address.to_lowercase());
    }

    /// Holds no further message; a message held already stays unanswered until its client
    /// hangs up (then it was never delivered), as after a client that died mid-send.
    pub fn stop_holding(&self) {
        *self.hold.lock().unwrap() = None;
    }

    /// Answers the held messages (they are delivered) and holds no further ones.
    pub fn release(&self) {
        *self.hold.lock().unwrap() = None;
        self.released.notify_waiters();
    }

    pub fn all(&self) -> Vec<Received> {
        self.messages.lock().unwrap().clone()
    }

    async fn session(&self, stream: tokio::net::TcpStream) -> std::io::Result<()> {
        let (read, mut write) = stream.into_split();
        let mut reader = BufReader::new(read);
        write.write_all(b"220 localhost test ESMTP\r\n").await?;
        let mut rcpt: Vec<String> = Vec::new();
        let mut line = String::new();
        loop {
            line.clear();
            if reader.read_line(&mut line).await? == 0 {
                return Ok(());
            }
            let upper = line.to_ascii_uppercase();
            if upper.starts_with("EHLO") {
                write.write_all(b"250-localhost\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 SIZE 10485760\r\n").await?;
            } else if upper.starts_with("HELO") {
                write.write_all(b"250 localhost\r\n").await?;
            } else if upper.starts_with("MAIL FROM") {
                if self.refuse.load(Ordering::SeqCst) {
                    self.refused.fetch_add(1, Ordering::SeqCst);
                    write.write_all(b"451 4.3.0 try again later\r\n").await?;
                } else {
                    rcpt.clear();
                    write.write_all(b"250 OK\r\n").await?;
                }
            } else if upper.starts_with("RCPT TO") {
                let addr = line.trim()[8..]
                    .trim()
                    .trim_start_matches(':')
                    .trim()
                    .trim_matches(|c| c == '<' || c == '>')
                    .to_string();
                rcpt.push(addr);
                write.write_all(b"250 OK\r\n").await?;
            } else if upper.starts_with("DATA") {
                write.write_all(b"354 go ahead\r\n").await?;
                let mut raw = Vec::new();
                loop {
                    let mut l = String::new();
                    if reader.read_line(&mut l).await? == 0 {
                        return Ok(());
                    }
                    if l == ".\r\n" || l == ".\n" {
                        break;
                    }
                    let l = l.strip_prefix('.').filter(|_| l.starts_with("..")).unwrap_or(&l);
                    raw.extend_from_slice(l.as_bytes());
                }
                loop {
                    let released = self.released.notified();
                    let held = self.hold.lock().unwrap().clone();
                    if !held.is_some_and(|h| rcpt.iter().any(|r| r.eq_ignore_ascii_case(&h))) {
                        break;
                    }
                    // a client that hangs up (or, not waiting for the answer, says anything
                    // else: QUIT, NOOP) before the answer has delivered nothing
                    tokio::select! {
                        _ = released => {}
                        _ = reader.fill_buf() => return Ok(()),
                    }
                }
                self.messages.lock().unwrap().push(Received { rcpt: std::mem::take(&mut rcpt), raw });
                write.write_all(b"250 OK queued\r\n").await?;
            } else if upper.starts_with("QUIT") {
                write.write_all(b"221 bye\r\n").await?;
                return Ok(());
            } else {
                // RSET, NOOP and anything else
                write.write_all(b"250 OK\r\n").await?;
            }
        }
    }
}

//! A real HTTP receiver for webhooks inside the test process: it listens on 127.0.0.1 (port
//! 0), reads each HTTP/1.1 request (request line, headers, a `Content-Length` body), keeps it,
//! and answers with the status it was told (200 by default) and a short body. It can go down —
//! its listening socket closed, so connections are refused — and come back on the same port.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU16, Ordering};
use std::sync::{Arc, Mutex};

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpSocket, TcpStream};

/// One request as it arrived.
#[derive(Clone, Debug)]
pub struct Request {
    pub method: String,
    pub path: String,
    /// Header names in lower case.
    pub headers: HashMap<String, String>,
    pub body: Vec<u8>,
}

impl Request {
    pub fn header(&self, name: &str) -> &str {
        self.headers.get(&name.to_ascii_lowercase()).map(String::as_str).unwrap_or("")
    }
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("a JSON body")
    }
}

#[derive(Clone)]
pub struct Receiver {
    pub port: u16,
    requests: Arc<Mutex<Vec<Request>>>,
    status: Arc<AtomicU16>,
    server: Arc<Mutex<Option<tokio::task::JoinHandle<()>>>>,
}

impl Receiver {
    pub async fn start() -> Receiver {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind the receiver");
        let receiver = Receiver {
            port: listener.local_addr().unwrap().port(),
            requests: Arc::default(),
            status: Arc::new(AtomicU16::new(200)),
            server: Arc::default(),
        };
        receiver.serve(listener);
        receiver
    }

    /// `http://127.0.0.1:<port><path>`
    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// The status every following request is answered with.
    pub fn answer(&self, status: u16) {
        self.status.store(status, Ordering::SeqCst);
    }

    /// Every request so far, oldest first.
    pub fn requests(&self) -> Vec<Request> {
        self.requests.lock().unwrap().clone()
    }

    /// Closes the listening socket: connections are refused until [`Receiver::come_back`].
    pub async fn go_down(&self) {
        let task = self.server.lock().unwrap().take();
        if let Some(task) = task {
            task.abort();
            let _ = task.await;
        }
    }

    /// Listens again on the same port.
    pub async fn come_back(&self) {
        let socket = TcpSocket::new_v4().unwrap();
        socket.set_reuseaddr(true).unwrap();
        socket.bind(([127, 0, 0, 1], self.port).into()).expect("bind the receiver's port again");
        self.serve(socket.listen(64).unwrap());
    }

    fn serve(&self, listener: TcpListener) {
        let (requests, status) = (self.requests.clone(), self.status.clone());
        let task = tokio::spawn(async move {
            // the connections end with the server: aborted, it drops them all (a client's
            // kept-alive connection included), as a receiver that went down would
            let mut connections = tokio::task::JoinSet::new();
            while let Ok((stream, _)) = listener.accept().await {
                let (requests, status) = (requests.clone(), status.clone());
                connections.spawn(async move {
                    let _ = connection(stream, requests, status).await;
                });
                while connections.try_join_next().is_some() {}
            }
        });
        *self.server.lock().unwrap() = Some(task);
    }
}

async fn connection(
    stream: TcpStream,
    requests: Arc<Mutex<Vec<Request>>>,
    status: Arc<AtomicU16>,
) -> std::io::Result<()> {
    let mut stream = BufReader::new(stream);
    loop {
        let mut line = String::new();
        if stream.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let mut parts = line.split_whitespace();
        let (method, path) = (parts.next().unwrap_or("").to_string(), parts.next().unwrap_or("").to_string());
        let mut headers = HashMap::new();
        loop {
            let mut header = String::new();
            stream.read_line(&mut header).await?;
            let header = header.trim_end();
            if header.is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':') {
                headers.insert(name.trim().to_ascii_lowercase(), value.trim().to_string());
            }
        }
        let length: usize = headers.get("content-length").and_then(|v| v.parse().ok()).unwrap_or(0);
        let mut body = vec![0; length];
        stream.read_exact(&mut body).await?;
        let code = status.load(Ordering::SeqCst);
        requests.lock().unwrap().push(Request { method, path, headers, body });
        let text = format!("received with {code}");
        let answer = format!(
            "HTTP/1.1 {code} Whatever\r\ncontent-type: text/plain\r\ncontent-length: {}\r\n\r\n{text}",
            text.len()
        );
        stream.get_mut().write_all(answer.as_bytes()).await?;
    }
}

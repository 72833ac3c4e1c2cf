# syntax=docker/dockerfile:1
# Cascade container image.
#
#   docker build -t cascade .
#   docker compose up            (see docker-compose.yml: app + PostgreSQL + Mailpit)
#
# Stage 1 builds the release binary; stage 2 is a small Debian runtime with only what the
# binary links against (libpq for PostgreSQL; SQLite is compiled in) and runs as a non-root user.

FROM rust:1-bookworm AS builder
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpq-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Everything the build reads: templates, static files, migrations and config/default.toml
# are compiled into the binary.
COPY Cargo.toml Cargo.lock askama.toml ./
COPY src ./src
COPY config ./config
COPY migrations ./migrations
COPY frontend ./frontend
# The cache mounts keep the registry and compiled dependencies between builds (BuildKit).
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target \
    cargo build --release --locked \
    && install -m 0755 target/release/cascade /usr/local/bin/cascade

FROM debian:bookworm-slim AS runtime
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpq5 ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 cascade \
    && useradd --system --uid 10001 --gid cascade --home-dir /app --shell /usr/sbin/nologin cascade \
    && mkdir -p /app/data /app/config \
    && chown cascade:cascade /app/data
COPY --from=builder /usr/local/bin/cascade /usr/local/bin/cascade
# CASCADE_ENV=production reads config/production.toml relative to the working directory.
COPY config/production.toml /app/config/production.toml
WORKDIR /app
USER cascade:cascade
# The data directory: the SQLite file when no PostgreSQL URL is given, the credential signing
# key, and captured e-mail when no SMTP server is set.
VOLUME ["/app/data"]
# A container is reachable from other machines (it listens on 0.0.0.0), so it always runs the
# production environment: it refuses to start without CASCADE__AUTH__JWT_SECRET, and the
# captured mailbox is for administrators only (never open to whoever reaches the port). Run
#   docker run -e CASCADE__AUTH__JWT_SECRET="$(openssl rand -hex 32)" -p 8080:8080 cascade
# config/production.toml (read relative to /app) sets the bind address to 0.0.0.0:8080.
ENV CASCADE_ENV=production
ENV CASCADE__SERVER__BIND=0.0.0.0:8080
EXPOSE 8080
# /healthz answers 200 when the database answers. bash's /dev/tcp avoids installing curl.
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /healthz HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&3 && head -n1 <&3 | grep -q ' 200 '"]
CMD ["cascade", "serve"]

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
# The data directory: the SQLite file when no PostgreSQL URL is given, the generated secret
# in development, and captured e-mail.
VOLUME ["/app/data"]
ENV CASCADE__SERVER__BIND=0.0.0.0:8080
EXPOSE 8080
# /healthz answers 200 when the database answers. bash's /dev/tcp avoids installing curl.
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /healthz HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&3 && head -n1 <&3 | grep -q ' 200 '"]
CMD ["cascade", "serve"]

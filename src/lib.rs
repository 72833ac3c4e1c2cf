//! Cascade: Training-of-Trainers programmes, from scheduling to the cascade they create.
//! See docs/ARCHITECTURE.md for the map of this crate and the direction of its imports:
//! composition root (cli, startup, demo) → api → capabilities (their pages, api, service,
//! queries, models) → http → core (state, events, db, config, crypto, domain, error).

// composition root
pub mod cli;
pub mod demo;
pub mod startup;

// the JSON API's route table and OpenAPI document
pub mod api;

// capabilities, in the order they may depend on each other (each only on those above it)
pub mod accounts;
pub mod attendance;
pub mod auth;
pub mod calendar;
pub mod certificates;
pub mod downstream;
pub mod mail;
pub mod organisations;
pub mod public;
pub mod registration;
pub mod reports;
pub mod trainings;
pub mod webhooks;

// the HTTP layer every page shares
pub mod http;

// core
pub mod config;
pub mod crypto;
pub mod db;
pub mod domain;
pub mod error;
pub mod events;
pub mod i18n;
pub mod memory;
pub mod state;

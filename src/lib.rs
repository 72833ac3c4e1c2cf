//! Cascade: Training-of-Trainers programmes, from scheduling to the cascade they create.
//! See docs/ARCHITECTURE.md for the map of this crate.

pub mod accounts;
pub mod api;
pub mod auth;
pub mod calendar;
pub mod cli;
pub mod config;
pub mod db;
pub mod demo;
pub mod domain;
pub mod error;
pub mod mail;
pub mod organisations;
pub mod public;
pub mod registration;
pub mod startup;
pub mod trainings;
pub mod web;

//! Organisations: the bodies organisers speak for, each with a country.

pub mod api;
pub mod logo;
pub mod pages;

use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::accounts::Account;
use crate::db::schema::{organisations, training_organisers, trainings};
use crate::db::{now, DbConnection};
use crate::domain::{optional_url, parse_text, Country};
use crate::error::{AppError, AppResult};

#[derive(Debug, Clone, Queryable, Selectable, Serialize, utoipa::ToSchema)]
#[diesel(table_name = organisations)]
pub struct Organisation {
    pub id: i64,
    pub name: String,
    /// ISO 3166-1 alpha-2 (XK for Kosovo).
    pub country: String,
    pub website: Option<String>,
    pub logo_url: Option<String>,
    #[serde(skip)]
    pub created_by: Option<i64>,
}

impl Organisation {
    pub fn country(&self) -> Option<Country> {
        Country::from_code(&self.country)
    }
    pub fn country_name(&self) -> &'static str {
        self.country().map(|c| c.name()).unwrap_or("")
    }

    /// The person who added an organisation, or an administrator, may change it (its details
    /// and its logo).
    pub fn may_be_changed_by(&self, actor: &Account) -> bool {
        actor.is_admin || self.created_by == Some(actor.id)
    }
}

/// The organisation, when `actor` may change it; else why not.
pub fn find_to_change(conn: &mut DbConnection, actor: &Account, id: i64) -> AppResult<Organisation> {
    let existing = find(conn, id)?;
    if !existing.may_be_changed_by(actor) {
        return Err(AppError::Forbidden(
            "only the person who added this organisation, or an administrator, may change it".into(),
        ));
    }
    Ok(existing)
}

/// What a form or JSON body says about an organisation, before it is checked.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct OrganisationInput {
    #[schema(required = true)]
    pub name: String,
    /// ISO 3166-1 alpha-2 country code, e.g. "KR" or "XK".
    #[schema(required = true)]
    pub country: String,
    pub website: String,
    pub logo_url: String,
}

pub struct OrganisationFields {
    name: String,
    country: Country,
    website: Option<String>,
    logo_url: Option<String>,
}

impl OrganisationInput {
    pub fn parse(&self) -> AppResult<OrganisationFields> {
        Ok(OrganisationFields {
            name: parse_text("name", &self.name, 200)?,
            country: Country::parse("country", &self.country)?,
            website: optional_url("website", &self.website)?,
            logo_url: optional_url("logo_url", &self.logo_url)?,
        })
    }
}

pub fn list(conn: &mut DbConnection) -> AppResult<Vec<Organisation>> {
    Ok(organisations::table
        .order((organisations::name, organisations::country))
        .select(Organisation::as_select())
        .load(conn)?)
}

pub fn find(conn: &mut DbConnection, id: i64) -> AppResult<Organisation> {
    organisations::table
        .find(id)
        .select(Organisation::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::not_found("organisation"))
}

fn unique(e: diesel::result::Error, name: &str) -> AppError {
    if crate::db::is_unique_violation(&e) {
        AppError::conflict(Some("name"), format!("an organisation called {name:?} already exists in that country"))
    } else {
        e.into()
    }
}

/// Any signed-in organiser may add an organisation.
pub fn create(conn: &mut DbConnection, actor: &Account, input: &OrganisationInput) -> AppResult<i64> {
    let f = input.parse()?;
    diesel::insert_into(organisations::table)
        .values((
            organisations::name.eq(&f.name),
            organisations::country.eq(f.country.code()),
            organisations::website.eq(&f.website),
            organisations::logo_url.eq(&f.logo_url),
            organisations::created_by.eq(Some(actor.id)),
            organisations::created_at.eq(now()),
        ))
        .returning(organisations::id)
        .get_result(conn)
        .map_err(|e| unique(e, &f.name))
}

/// The person who added an organisation, or an admin, may change it. Trainings that show it
/// are marked changed so their public pages are rendered anew.
pub fn update(conn: &mut DbConnection, actor: &Account, id: i64, input: &OrganisationInput) -> AppResult<()> {
    let f = input.parse()?;
    find_to_change(conn, actor, id)?;
    diesel::update(organisations::table.find(id))
        .set((
            organisations::name.eq(&f.name),
            organisations::country.eq(f.country.code()),
            organisations::website.eq(&f.website),
            organisations::logo_url.eq(&f.logo_url),
        ))
        .execute(conn)
        .map_err(|e| unique(e, &f.name))?;
    trainings_changed(conn, id)
}

/// Marks every training the organisation organises as changed (a new version), so their
/// public pages, which show its name, country and logo, are rendered anew.
pub(crate) fn trainings_changed(conn: &mut DbConnection, organisation_id: i64) -> AppResult<()> {
    let affected = training_organisers::table
        .filter(training_organisers::organisation_id.eq(organisation_id))
        .select(training_organisers::training_id);
    diesel::update(trainings::table.filter(trainings::id.eq_any(affected)))
        .set((trainings::version.eq(trainings::version + 1), trainings::updated_at.eq(now())))
        .execute(conn)?;
    Ok(())
}

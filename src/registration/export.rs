//! The registrations list as organisers filter and export it: the same filter and the same CSV
//! for the table page, its CSV link and the API (`Accept: text/csv`).

use serde::Deserialize;

use super::Registration;
use crate::error::{AppError, AppResult};

/// Which registrations to show: empty fields match everything.
#[derive(Debug, Deserialize, Default, Clone, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct Filter {
    /// A status: invited, pending, confirmed, waitlisted, awaiting_approval, cancelled, declined.
    #[serde(default)]
    pub status: String,
    /// A country code, e.g. MN.
    #[serde(default)]
    pub country: String,
    /// female, male, another, prefer_not_to_say, or none (not given).
    #[serde(default)]
    pub sex: String,
}

impl Filter {
    pub fn matches(&self, r: &Registration) -> bool {
        (self.status.is_empty() || r.status.as_str() == self.status)
            && (self.country.is_empty() || r.country == self.country)
            && (self.sex.is_empty() || r.sex.map_or("none", |s| s.as_str()) == self.sex)
    }

    pub fn apply(&self, rows: Vec<Registration>) -> Vec<Registration> {
        rows.into_iter().filter(|r| self.matches(r)).collect()
    }
}

/// The rows as CSV, every cell a spreadsheet could run as a formula made inert.
pub fn csv(rows: &[Registration]) -> AppResult<Vec<u8>> {
    let mut out = csv::Writer::from_writer(Vec::new());
    let csv_err = |e: csv::Error| AppError::Internal(e.into());
    out.write_record([
        "email",
        "full_name",
        "organisation",
        "country",
        "sex",
        "age_band",
        "status",
        "registered_at_utc",
        "confirmed_at_utc",
        "id",
    ])
    .map_err(csv_err)?;
    for r in rows {
        out.write_record([
            spreadsheet_safe(&r.email).as_ref(),
            spreadsheet_safe(&r.full_name).as_ref(),
            spreadsheet_safe(&r.organisation).as_ref(),
            r.country.as_str(),
            r.sex.map_or("", |s| s.as_str()),
            r.age_band.map_or("", |a| a.as_str()),
            r.status.as_str(),
            crate::domain::time::utc_rfc3339(r.created_at).as_str(),
            r.confirmed_at.map(crate::domain::time::utc_rfc3339).unwrap_or_default().as_str(),
            r.id.to_string().as_str(),
        ])
        .map_err(csv_err)?;
    }
    out.into_inner().map_err(|e| AppError::Internal(anyhow::anyhow!("csv: {e}")))
}

/// A cell a spreadsheet will not run as a formula (OWASP's rule for CSV injection): text that
/// starts with `=`, `+`, `-`, `@`, a TAB or a carriage return gets a leading apostrophe, which
/// spreadsheets show as text and do not evaluate.
pub fn spreadsheet_safe(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

//! The impact charts as server-rendered SVG: no JavaScript, crisp when printed, readable by a
//! screen reader (`role="img"` with a title and a description that states the numbers; every
//! chart also sits beside a table of the same figures). Each bar carries `data-key` and
//! `data-value`, so a test can read the numbers back and compare them with the JSON.

use std::fmt::Write;

use super::{Count, Figures, Generation};
use crate::i18n::Lang;

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn open(id: &str, w: u32, h: u32, title: &str, desc: &str) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"100%\" role=\"img\" \
         aria-labelledby=\"{id}-title {id}-desc\" class=\"chart\" font-family=\"system-ui, sans-serif\" font-size=\"13\">\
         <title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        esc(title),
        esc(desc)
    )
}

const BLUE: &str = "#0b5cad";
const INK: &str = "#1a1a1a";

/// The tree of generations: one row per generation, its box listing trainings, trainers and
/// people, a bar for people reached (scaled to the largest generation), arrows down the cascade.
pub fn generations(id: &str, gens: &[Generation], lang: Lang) -> String {
    let row = 78u32;
    let w = 640u32;
    let h = row * gens.len().max(1) as u32 + 10;
    let max = gens.iter().map(|g| g.people_reached).max().unwrap_or(0).max(1);
    let desc = gens
        .iter()
        .map(|g| {
            lang.tn(
                "impact-chart-generation-desc",
                &[
                    ("generation", g.generation.into()),
                    ("trainings", g.trainings.into()),
                    ("trainers", g.trainers_certified.into()),
                    ("people", g.people_reached.into()),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let mut s = open(id, w, h, &lang.t("impact-chart-cascade"), &desc);
    for (i, g) in gens.iter().enumerate() {
        let y = i as u32 * row + 4;
        let indent = (i as u32 * 24).min(120);
        let bar = ((g.people_reached as f64 / max as f64) * f64::from(w - indent - 150)).round().max(2.0);
        let _ = write!(
            s,
            "<g data-generation=\"{gen}\"><rect x=\"{indent}\" y=\"{y}\" width=\"{bw}\" height=\"58\" rx=\"6\" fill=\"#eef4fb\" stroke=\"{BLUE}\"/>\
             <text x=\"{tx}\" y=\"{ty}\" font-weight=\"bold\" fill=\"{INK}\">G{gen}</text>\
             <text x=\"{tx2}\" y=\"{ty}\" fill=\"{INK}\">{line}</text>\
             <rect x=\"{tx2}\" y=\"{by}\" width=\"{bar}\" height=\"14\" fill=\"{BLUE}\" data-key=\"G{gen}\" data-value=\"{p}\"/>\
             <text x=\"{lx}\" y=\"{ly}\" fill=\"{INK}\">{people}</text></g>",
            gen = g.generation,
            bw = w - indent - 4,
            tx = indent + 10,
            ty = y + 22,
            tx2 = indent + 48,
            line = esc(&lang.t3(
                "impact-chart-generation-line",
                "trainings",
                g.trainings,
                "trainers",
                g.trainers_certified,
                "active",
                g.active_trainers
            )),
            by = y + 32,
            lx = f64::from(indent + 54) + bar,
            ly = y + 44,
            p = g.people_reached,
            people = esc(&lang.t1("impact-chart-people", "people", g.people_reached)),
        );
        if i + 1 < gens.len() {
            let ax = indent + 24;
            let _ = write!(
                s,
                "<path d=\"M{ax} {y1} L{ax} {y2} M{l} {y3} L{ax} {y2} L{r} {y3}\" stroke=\"{INK}\" fill=\"none\" aria-hidden=\"true\"/>",
                y1 = y + 58,
                y2 = y + row + 2,
                y3 = y + row - 4,
                l = ax - 5,
                r = ax + 5,
            );
        }
    }
    s.push_str("</svg>");
    s
}

/// Vertical bars, one per key (months).
pub fn columns(id: &str, title: &str, counts: &[Count], lang: Lang) -> String {
    let w = 640u32;
    let h = 220u32;
    let max = counts.iter().map(|c| c.people).max().unwrap_or(0).max(1);
    let n = counts.len().max(1) as f64;
    let slot = f64::from(w - 40) / n;
    let desc = if counts.is_empty() {
        lang.t("impact-chart-nobody")
    } else {
        counts.iter().map(|c| format!("{}: {}", c.key, c.people)).collect::<Vec<_>>().join("; ")
    };
    let mut s = open(id, w, h, title, &desc);
    let _ = write!(s, "<line x1=\"30\" y1=\"180\" x2=\"{w}\" y2=\"180\" stroke=\"{INK}\"/>");
    let _ =
        write!(s, "<text x=\"0\" y=\"24\" fill=\"{INK}\">{max}</text><text x=\"0\" y=\"180\" fill=\"{INK}\">0</text>");
    let label_every = (counts.len() / 8).max(1);
    for (i, c) in counts.iter().enumerate() {
        let bh = (c.people as f64 / max as f64 * 160.0).round().max(if c.people > 0 { 1.0 } else { 0.0 });
        let x = 34.0 + i as f64 * slot;
        let bw = (slot - 3.0).max(1.0);
        let _ = write!(
            s,
            "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{bw:.1}\" height=\"{bh:.1}\" fill=\"{BLUE}\" data-key=\"{k}\" data-value=\"{v}\"><title>{k}: {v}</title></rect>",
            y = 180.0 - bh,
            k = esc(&c.key),
            v = c.people,
        );
        if i % label_every == 0 {
            let _ = write!(s, "<text x=\"{x:.1}\" y=\"198\" font-size=\"11\" fill=\"{INK}\">{}</text>", esc(&c.key));
        }
    }
    s.push_str("</svg>");
    s
}

/// Horizontal bars, one per key (countries, sexes), with the label and the number.
pub fn bars(id: &str, title: &str, counts: &[(String, i64)], lang: Lang) -> String {
    let w = 640u32;
    let row = 26u32;
    let h = row * counts.len().max(1) as u32 + 8;
    let max = counts.iter().map(|c| c.1).max().unwrap_or(0).max(1);
    let desc = if counts.is_empty() {
        lang.t("impact-chart-nothing")
    } else {
        counts.iter().map(|(k, v)| format!("{k}: {v}")).collect::<Vec<_>>().join("; ")
    };
    let mut s = open(id, w, h, title, &desc);
    for (i, (k, v)) in counts.iter().enumerate() {
        let y = i as u32 * row + 4;
        let bw = (*v as f64 / max as f64 * 380.0).round().max(if *v > 0 { 1.0 } else { 0.0 });
        let _ = write!(
            s,
            "<text x=\"0\" y=\"{ty}\" fill=\"{INK}\">{k}</text>\
             <rect x=\"170\" y=\"{y}\" width=\"{bw}\" height=\"18\" fill=\"{BLUE}\" data-key=\"{k}\" data-value=\"{v}\"/>\
             <text x=\"{lx}\" y=\"{ty}\" fill=\"{INK}\">{v}</text>",
            ty = y + 14,
            k = esc(k),
            lx = 176.0 + bw,
        );
    }
    s.push_str("</svg>");
    s
}

/// The four charts of a report: (id, heading, SVG).
pub fn all(
    f: &Figures,
    lang: Lang,
    sexes: &[(&'static str, String)],
    country_name: impl Fn(&str) -> String,
) -> Vec<(&'static str, String, String)> {
    let by_sex: Vec<(String, i64)> =
        sexes.iter().filter_map(|(k, label)| f.totals.sex(k).map(|v| (label.clone(), v))).collect();
    let by_country: Vec<(String, i64)> = f.by_country.iter().map(|c| (country_name(&c.key), c.people)).collect();
    let months = lang.t("impact-chart-months");
    let countries = lang.t("impact-chart-countries");
    let mut charts = vec![
        (
            "chart-generations",
            lang.t("impact-chart-generations"),
            generations("chart-generations", &f.generations, lang),
        ),
        ("chart-months", months.clone(), columns("chart-months", &months, &f.by_month, lang)),
        ("chart-countries", countries.clone(), bars("chart-countries", &countries, &by_country, lang)),
    ];
    if !by_sex.is_empty() {
        let title = lang.t("impact-chart-sex");
        let chart = bars("chart-sex", &title, &by_sex, lang);
        charts.push(("chart-sex", title, chart));
    }
    charts
}

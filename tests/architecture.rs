//! Architecture rules, checked by reading `src/` as text (std only, no compilation of the crate needed).
//!
//! A top-level module is the first path component under `src/` (`src/foo.rs` or `src/foo/...` is `foo`).
//! Module A depends on module B when a file of A mentions `crate::B` (in a `use`, a grouped `use`, or an
//! inline path). The tests forbid cycles between top-level modules and imports that point up the layers.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// The composition root: wires everything together, may import anything.
const ROOT: [&str; 3] = ["cli", "startup", "demo"];
/// The core: imports only itself and never renders HTML.
const CORE: [&str; 9] = ["error", "config", "db", "domain", "crypto", "events", "i18n", "memory", "state"];
/// Capabilities, lowest first: one may import only those before it.
const CAPABILITIES: [&str; 13] = [
    "mail",
    "accounts",
    "auth",
    "organisations",
    "trainings",
    "calendar",
    "public",
    "registration",
    "attendance",
    "certificates",
    "downstream",
    "webhooks",
    "reports",
];

/// The HTTP layer (below the capabilities) and the JSON API's route table (above them).
const HTTP: [&str; 2] = ["http", "api"];
/// Whether `module` is in one of the layers above (every module must be).
fn layered(module: &str) -> bool {
    ROOT.contains(&module) || CORE.contains(&module) || CAPABILITIES.contains(&module) || HTTP.contains(&module)
}

/// A source file: its path (`src/...`), its top-level module (`None` for `main.rs`/`lib.rs`), and its code
/// with comments and string literals blanked out (newlines kept, so line numbers still match).
struct Source {
    path: String,
    module: Option<String>,
    code: String,
}

/// A mention of `crate::<module>...` in the code.
struct CrateRef {
    line: usize,
    module: String,
    path: String,
    /// First item of a `use crate::...` statement (counts statements, not grouped items).
    starts_use: bool,
}

/// Module -> imported module -> files creating that edge.
type Graph = BTreeMap<String, BTreeMap<String, BTreeSet<String>>>;

fn source_files() -> Vec<Source> {
    fn walk(dir: &Path, src: &Path, out: &mut Vec<Source>) {
        let entries = fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
        for entry in entries {
            let path = entry.unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display())).path();
            if path.is_dir() {
                walk(&path, src, out);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                let rel = path.strip_prefix(src).expect("file under src/").to_string_lossy().replace('\\', "/");
                let first = rel.split('/').next().unwrap_or_default();
                let module = match first {
                    "main.rs" | "lib.rs" => None,
                    _ => Some(first.trim_end_matches(".rs").to_string()),
                };
                let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
                out.push(Source { path: format!("src/{rel}"), module, code: strip_comments(&text) });
            }
        }
    }
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&src, &src, &mut files);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    let modules: BTreeSet<_> = files.iter().filter_map(|f| f.module.as_deref()).collect();
    // Guard against a walk that silently finds nothing: the checks below must really run over the crate.
    assert!(files.len() >= 10, "only {} source files found under {}", files.len(), src.display());
    assert!(modules.len() >= 8, "only {} top-level modules found: {modules:?}", modules.len());
    files
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Blanks `//` and `/* */` comments (doc comments included), string, raw string and char literals.
fn strip_comments(text: &str) -> String {
    let c: Vec<char> = text.chars().collect();
    let at = |i: usize| c.get(i).copied().unwrap_or('\0');
    let find = |from: usize, pat: &dyn Fn(usize) -> bool| (from..c.len()).find(|&j| pat(j)).unwrap_or(c.len());
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < c.len() {
        let token_start = i == 0 || !is_ident(c[i - 1]) || (c[i - 1] == 'b' && (i < 2 || !is_ident(c[i - 2])));
        let hashes = (i + 1..c.len()).take_while(|&j| c[j] == '#').count();
        let end = match (c[i], at(i + 1)) {
            ('/', '/') => find(i, &|j| c[j] == '\n'),
            ('/', '*') => {
                let (mut depth, mut j) = (0, i);
                while j < c.len() {
                    match (c[j], at(j + 1)) {
                        ('/', '*') => (depth, j) = (depth + 1, j + 2),
                        ('*', '/') if depth == 1 => break,
                        ('*', '/') => (depth, j) = (depth - 1, j + 2),
                        _ => j += 1,
                    }
                }
                (j + 2).min(c.len())
            }
            ('"', _) => {
                let mut j = i + 1;
                while j < c.len() && c[j] != '"' {
                    j += if c[j] == '\\' { 2 } else { 1 };
                }
                (j + 1).min(c.len())
            }
            ('r', _) if token_start && at(i + 1 + hashes) == '"' => {
                let close = |j: usize| c[j] == '"' && (1..=hashes).all(|k| at(j + k) == '#');
                (find(i + 2 + hashes, &close) + 1 + hashes).min(c.len())
            }
            ('\'', '\\') => (find(i + 3, &|j| c[j] == '\'') + 1).min(c.len()),
            ('\'', _) if at(i + 2) == '\'' => i + 3,
            (ch, _) => {
                out.push(ch);
                i += 1;
                continue;
            }
        };
        out.extend(c[i..end].iter().map(|&ch| if ch == '\n' { '\n' } else { ' ' }));
        i = end;
    }
    out
}

/// Every `crate::x...` of already stripped code, grouped imports (`crate::{a, b::{c, d}}`) split into items.
fn crate_paths(code: &str) -> Vec<CrateRef> {
    let mut refs = Vec::new();
    for (pos, _) in code.match_indices("crate") {
        let Some(rest) = code[pos + 5..].trim_start().strip_prefix("::") else { continue };
        if code[..pos].ends_with(is_ident) {
            continue;
        }
        let rest = rest.trim_start();
        let before = code[..pos].trim_end();
        let in_use = before.strip_suffix("use").is_some_and(|b| !b.ends_with(is_ident));
        let mut items = Vec::new(); // (byte offset in `code`, item text)
        if let Some(group) = rest.strip_prefix('{') {
            let (mut depth, mut start) = (0, 0);
            for (j, ch) in group.char_indices() {
                match ch {
                    '{' => depth += 1,
                    '}' | ',' if depth == 0 => {
                        items.push((code.len() - group.len() + start, &group[start..j]));
                        start = j + 1;
                        if ch == '}' {
                            break;
                        }
                    }
                    '}' => depth -= 1,
                    _ => {}
                }
            }
        } else {
            let len = rest.find(|ch: char| !is_ident(ch) && ch != ':').unwrap_or(rest.len());
            items.push((code.len() - rest.len(), &rest[..len]));
        }
        for (k, (offset, raw)) in items.into_iter().enumerate() {
            let item = raw.trim_start();
            let module: String = item.chars().take_while(|&ch| is_ident(ch)).collect();
            if module.is_empty() || module == "self" {
                continue;
            }
            let line = code[..offset + raw.len() - item.len()].matches('\n').count() + 1;
            let path = format!("crate::{}", item.split_whitespace().collect::<Vec<_>>().join(" "));
            refs.push(CrateRef { line, module, path, starts_use: in_use && k == 0 });
        }
    }
    refs
}

/// The first path segment of every `crate::` path in `text` (comments, strings and `super::` ignored).
fn crate_refs(text: &str) -> BTreeSet<String> {
    crate_paths(&strip_comments(text)).into_iter().map(|r| r.module).collect()
}

fn graph(files: &[Source]) -> Graph {
    let mut graph: Graph = files.iter().filter_map(|f| Some((f.module.clone()?, BTreeMap::new()))).collect();
    let modules: BTreeSet<String> = graph.keys().cloned().collect();
    for file in files {
        let Some(from) = &file.module else { continue };
        for r in crate_paths(&file.code) {
            if modules.contains(&r.module) && &r.module != from {
                let edges = graph.get_mut(from).expect("every module is a node");
                edges.entry(r.module).or_default().insert(file.path.clone());
            }
        }
    }
    graph
}

/// Strongly connected components with more than one module: `a` and `b` are in one when each reaches the other.
fn cycles(graph: &Graph) -> Vec<Vec<String>> {
    let reachable = |from: &str| {
        let (mut seen, mut todo) = (BTreeSet::new(), vec![from]);
        while let Some(module) = todo.pop() {
            for next in graph.get(module).into_iter().flat_map(|edges| edges.keys()) {
                if seen.insert(next.as_str()) {
                    todo.push(next.as_str());
                }
            }
        }
        seen
    };
    let reach: BTreeMap<&str, BTreeSet<&str>> = graph.keys().map(|m| (m.as_str(), reachable(m))).collect();
    let components: BTreeSet<Vec<String>> = reach
        .iter()
        .map(|(m, out)| out.iter().filter(|o| reach[*o].contains(m)).map(ToString::to_string).collect())
        .filter(|component: &Vec<String>| component.len() > 1)
        .collect();
    components.into_iter().collect()
}

/// Why `from` may not import `to`, one reason per broken rule.
fn layer_rules(from: &str, to: &str) -> Vec<String> {
    let core = |m: &str| CORE.contains(&m);
    let rank = |m: &str| CAPABILITIES.iter().position(|c| *c == m);
    let rules = [
        (["startup", "cli"].contains(&to) && from != "cli", format!("only `cli` may import the root `{to}`")),
        (to == "demo" && !["cli", "startup"].contains(&from), "only `cli` and `startup` may import `demo`".into()),
        (from == "error", "`error` imports no other module of the crate".into()),
        (from != "error" && core(from) && !core(to), format!("core module `{from}` may import only core modules")),
        (from == "http" && !core(to) && to != "accounts", "`http` may import only core modules and `accounts`".into()),
        (rank(from).zip(rank(to)).is_some_and(|(f, t)| t > f), format!("`{to}` is a later capability")),
        (to == "reports" && !["startup", "api", "cli"].contains(&from), "only startup/api/cli use `reports`".into()),
    ];
    rules.into_iter().filter_map(|(broken, why)| broken.then_some(why)).collect()
}

fn lines_containing<'a>(file: &'a Source, needles: &'a [&str]) -> impl Iterator<Item = (usize, &'a str)> + 'a {
    let lines = file.code.lines().enumerate();
    lines.filter(|(_, l)| needles.iter().any(|n| l.contains(n))).map(|(i, l)| (i + 1, l.trim()))
}

fn fail_if_any(violations: &[String], what: &str) {
    assert!(violations.is_empty(), "{} {what}:\n  {}\n", violations.len(), violations.join("\n  "));
}

#[test]
fn the_parser_finds_every_form_of_import() {
    let snippet = r#"
use crate::a::b;
use crate::{c, d::e};
use crate::{
    f::{g, h},
    i,
};
// use crate::zzz;
/* crate::blocked */
fn run() {
    let quote = '"';
    let text = "crate::in_a_string";
    crate::j::k();
    super::x::y();
    super::super::z();
}
"#;
    let expected: BTreeSet<String> = ["a", "c", "d", "f", "i", "j"].map(String::from).into();
    assert_eq!(crate_refs(snippet), expected);
    let lines: Vec<_> = crate_paths(&strip_comments(snippet)).iter().map(|r| (r.line, r.starts_use)).collect();
    assert_eq!(lines, [(2, true), (3, true), (3, false), (5, true), (6, false), (13, false)]);
}

#[test]
fn no_cycles_between_top_level_modules() {
    let files = source_files();
    let graph = graph(&files);
    let cycles = cycles(&graph);
    let edges: Vec<_> = graph.iter().flat_map(|(from, to)| to.iter().map(move |(to, f)| (from, to, f))).collect();
    let imports = files.iter().flat_map(|f| crate_paths(&f.code)).filter(|r| r.starts_use).count();
    let classified: Vec<&str> = [&ROOT[..], &CORE, &CAPABILITIES, &HTTP].concat();
    let unclassified: Vec<&String> = graph.keys().filter(|m| !classified.contains(&m.as_str())).collect();
    let (modules, edge_count, cycle_count) = (graph.len(), edges.len(), cycles.len());
    println!(
        "{modules} top-level modules, {edge_count} edges, {imports} `use crate::` statements, {cycle_count} cycles"
    );
    println!("modules outside the named layers: {unclassified:?}");
    for (from, to, files) in &edges {
        println!("  {from} -> {to} ({} files)", files.len());
    }
    let report: Vec<String> = cycles
        .iter()
        .map(|component| {
            let inside = edges.iter().filter(|(f, t, _)| component.contains(f) && component.contains(t));
            let lines = inside.map(|(from, to, files)| {
                let shown: Vec<&str> = files.iter().take(3).map(String::as_str).collect();
                let more = if files.len() > 3 { format!(" and {} more", files.len() - 3) } else { String::new() };
                format!("{from} -> {to}: {}{more}", shown.join(", "))
            });
            let head = format!("cycle between {}:", component.join(", "));
            std::iter::once(head).chain(lines).collect::<Vec<_>>().join("\n    ")
        })
        .collect();
    fail_if_any(&report, "cycles between top-level modules");
}

#[test]
fn layers_point_down() {
    let files = source_files();
    let modules: BTreeSet<&str> = files.iter().filter_map(|f| f.module.as_deref()).collect();
    let mut violations = Vec::new();
    for file in &files {
        let Some(from) = file.module.as_deref() else { continue };
        for r in crate_paths(&file.code).iter().filter(|r| r.module != from && modules.contains(r.module.as_str())) {
            for rule in layer_rules(from, &r.module) {
                violations.push(format!("{}:{}: `{}`: {rule}", file.path, r.line, r.path));
            }
        }
        if !layered(from) {
            violations
                .push(format!("{}: module `{from}` belongs to no layer (add it to tests/architecture.rs)", file.path));
        }
        if CORE.contains(&from) {
            for (line, text) in lines_containing(file, &["askama", "Template"]) {
                violations.push(format!("{}:{line}: core renders HTML: `{text}`", file.path));
            }
        }
    }
    fail_if_any(&violations, "imports pointing the wrong way between layers");
}

#[test]
fn http_files_do_not_touch_the_database() {
    let http_only = |path: &str| {
        let mut parts = path.split('/').rev();
        let name = parts.next().unwrap_or_default();
        name == "api.rs" || name == "pages.rs" || parts.any(|dir| dir == "pages")
    };
    let mut violations = Vec::new();
    for file in source_files().iter().filter(|f| http_only(&f.path)) {
        for (line, text) in lines_containing(file, &["diesel::", "use diesel"]) {
            violations.push(format!("{}:{line}: `{text}` (go through the capability's queries/service)", file.path));
        }
    }
    fail_if_any(&violations, "uses of diesel in HTTP-only files");
}

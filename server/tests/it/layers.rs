//! The server's modules import in one direction: the graph of `crate::module` references
//! between its top-level modules (read from the source, tests and comments left out) has no
//! cycle. A cycle — the database layer calling up into the answers or the HTTP layer, a job
//! importing another job that imports it back — fails here with the path that closes it.

use std::{
    collections::{BTreeMap, BTreeSet},
    path::{Path, PathBuf},
};

/// Top-level module → the top-level modules it refers to.
type Graph = BTreeMap<String, BTreeSet<String>>;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a file without its test module and without comments.
fn code(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or_default();
    text.lines()
        .map(|line| match line.find("//") {
            // Not inside a string such as "https://…": an even number of quotes before it.
            Some(at) if line[..at].matches('"').count() % 2 == 0 => &line[..at],
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The top-level modules `code` names: `crate::x::…` paths, and the first segment of each
/// item in `use crate::{x::…, y, …};`.
fn references(code: &str) -> BTreeSet<String> {
    let path = regex::Regex::new(r"crate::([a-z_][a-z0-9_]*)").expect("a valid pattern");
    let mut found: BTreeSet<String> = path.captures_iter(code).map(|c| c[1].to_string()).collect();
    let mut rest = code;
    while let Some(at) = rest.find("use crate::{") {
        let block = &rest[at + "use crate::{".len()..];
        let (mut depth, mut item, mut end) = (0usize, String::new(), block.len());
        for (i, ch) in block.char_indices() {
            match ch {
                '{' => depth += 1,
                '}' if depth == 0 => {
                    end = i;
                    break;
                }
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    found.extend(first_segment(&item));
                    item.clear();
                    continue;
                }
                _ => {}
            }
            if depth == 0 {
                item.push(ch);
            }
        }
        found.extend(first_segment(&item));
        rest = &block[end..];
    }
    found
}

fn first_segment(item: &str) -> Option<String> {
    let name: String = item
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    (!name.is_empty() && name != "self").then_some(name)
}

fn module_graph(src: &Path) -> Graph {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    let mut graph = Graph::new();
    for file in files {
        let relative = file.strip_prefix(src).expect("under src");
        let first = relative.components().next().expect("a component");
        let top = first
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_string();
        if top == "lib" || top == "main" {
            continue;
        }
        let text = std::fs::read_to_string(&file).expect("readable source");
        let mut refs = references(&code(&text));
        refs.remove(&top);
        graph.entry(top).or_default().extend(refs);
    }
    graph
}

/// A cycle in `graph` as the path that closes it, or `None`.
fn cycle(graph: &Graph) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &Graph,
        done: &mut BTreeSet<String>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut closed = path[at..].to_vec();
            closed.push(node.to_string());
            return Some(closed);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(found) = visit(next, graph, done, path) {
                return Some(found);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut done, &mut Vec::new()))
}

#[test]
fn server_modules_import_in_one_direction() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let graph = module_graph(&src);
    // The reader must see the layers, or the test checks nothing.
    for (module, expected) in [("http", "answers"), ("answers", "db"), ("import", "join")] {
        assert!(
            graph
                .get(module)
                .is_some_and(|refs| refs.contains(expected)),
            "{module} should refer to {expected}: the source reader is broken ({graph:?})"
        );
    }
    if let Some(path) = cycle(&graph) {
        panic!(
            "the server's modules import in a cycle: {}",
            path.join(" → ")
        );
    }
}

#[test]
fn the_cycle_check_finds_a_cycle() {
    let source = "use crate::{\n    db::{now_utc, Db},\n    answers, http::api::x,\n};\nfn f() { crate::names::key() } // crate::cli in a comment";
    assert_eq!(
        references(&code(source)),
        ["answers", "db", "http", "names"].map(String::from).into()
    );
    let mut graph = Graph::new();
    graph.insert("db".into(), ["names".to_string()].into());
    graph.insert("answers".into(), ["db".to_string()].into());
    assert_eq!(cycle(&graph), None);
    graph.get_mut("db").expect("db").insert("answers".into());
    assert_eq!(
        cycle(&graph),
        Some(vec!["answers".into(), "db".into(), "answers".into()])
    );
}

//! The runtime's modules (itest-runtime's, then itest-core's) form layers:
//! no module reaches, through its imports, a module that reaches back.
//! Checked on the sources, at two
//! levels: the crate's top-level modules, and the files of each folder (a
//! folder's `mod.rs` is its front door, and is left out there).
//!
//! A reference is any `crate::a::b` path, and `super::x` within a folder,
//! outside `#[cfg(test)]` modules and comments.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a file without comments and without its test module.
fn code(path: &Path) -> String {
    let text = fs::read_to_string(path).unwrap();
    let text = match text.find("#[cfg(test)]\nmod tests") {
        Some(at) => &text[..at],
        None => &text,
    };
    text.lines()
        .map(|line| line.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Module path segments of a source file: `server/embedded/attach.rs` -> [server, embedded, attach].
fn module_of(root: &Path, path: &Path) -> Vec<String> {
    let relative = path.strip_prefix(root).unwrap();
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    parts
}

/// Identifiers that follow `prefix` in `code`, with the `{a, b}` groups of `use` expanded.
fn paths_after(code: &str, prefix: &str) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find(prefix) {
        let before = rest[..at].chars().last();
        rest = &rest[at + prefix.len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let mut path = Vec::new();
        let mut tail = rest;
        loop {
            let ident: String = tail
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if ident.is_empty() {
                if let Some(group) = tail.strip_prefix('{') {
                    // `{a, b::c}`: each first segment is a reference.
                    let inside = &group[..group.find('}').unwrap_or(group.len())];
                    for item in inside.split(',') {
                        let first: String = item
                            .trim()
                            .chars()
                            .take_while(|c| c.is_alphanumeric() || *c == '_')
                            .collect();
                        if !first.is_empty() && first != "self" {
                            let mut each = path.clone();
                            each.push(first);
                            found.push(each);
                        }
                    }
                    path.clear();
                }
                break;
            }
            path.push(ident.clone());
            tail = &tail[ident.len()..];
            match tail.strip_prefix("::") {
                Some(next) => tail = next,
                None => break,
            }
        }
        if !path.is_empty() {
            found.push(path);
        }
    }
    found
}

/// The strongly connected groups of more than one node.
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    // Reachability by repeated search: the graphs here have a few dozen nodes.
    let reach = |from: &String| {
        let mut seen = BTreeSet::new();
        let mut stack = vec![from.clone()];
        while let Some(node) = stack.pop() {
            for next in graph.get(&node).into_iter().flatten() {
                if seen.insert(next.clone()) {
                    stack.push(next.clone());
                }
            }
        }
        seen
    };
    let mut groups: Vec<Vec<String>> = Vec::new();
    for node in graph.keys() {
        let from = reach(node);
        let group: Vec<String> = graph
            .keys()
            .filter(|other| *other != node && from.contains(*other) && reach(other).contains(node))
            .cloned()
            .chain([node.clone()])
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        if group.len() > 1 && !groups.contains(&group) {
            groups.push(group);
        }
    }
    groups
}

/// This crate's, and itest-core's (the runtime's database-free half).
#[test]
fn modules_import_only_lower_layers() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    check(&here.join("src"));
    check(&here.join("../itest-core/src"));
}

/// The layers of the crate whose sources are in `root`.
fn check(root: &Path) {
    let root = root.to_path_buf();
    let mut files = Vec::new();
    sources(&root, &mut files);
    let modules: BTreeSet<Vec<String>> = files.iter().map(|f| module_of(&root, f)).collect();

    // Level 1: the crate's top-level modules.
    let mut top: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    // Level 2: files that are siblings in one folder, by folder.
    let mut siblings: BTreeMap<Vec<String>, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();

    for file in &files {
        let module = module_of(&root, file);
        if module.is_empty() {
            continue; // lib.rs declares everything
        }
        let is_front_door = file.file_name().is_some_and(|n| n == "mod.rs");
        let code = code(file);
        let mut targets: Vec<Vec<String>> = paths_after(&code, "crate::");
        // `super::x` from a file names a sibling (from a mod.rs, the parent's sibling).
        let parent: Vec<String> = match is_front_door {
            true => module[..module.len().saturating_sub(1)].to_vec(),
            false => module[..module.len() - 1].to_vec(),
        };
        for path in paths_after(&code, "super::") {
            let mut full = parent.clone();
            full.extend(path);
            targets.push(full);
        }
        for target in targets {
            // The longest module the path names.
            let Some(len) = (1..=target.len())
                .rev()
                .find(|&n| modules.contains(&target[..n]))
            else {
                continue;
            };
            let target = &target[..len];
            if target[0] != module[0] {
                top.entry(module[0].clone())
                    .or_default()
                    .insert(target[0].clone());
            }
            // Siblings: same folder, different file, neither the front door.
            if !is_front_door
                && target.len() == module.len()
                && target[..target.len() - 1] == module[..module.len() - 1]
                && target != module.as_slice()
            {
                siblings
                    .entry(module[..module.len() - 1].to_vec())
                    .or_default()
                    .entry(module.last().unwrap().clone())
                    .or_default()
                    .insert(target.last().unwrap().clone());
            }
        }
    }

    let mut problems = Vec::new();
    for group in cycles(&top) {
        problems.push(format!("top-level modules import each other: {group:?}"));
    }
    for (folder, graph) in &siblings {
        for group in cycles(graph) {
            problems.push(format!(
                "files of {} import each other: {group:?}",
                folder.join("/")
            ));
        }
    }
    assert!(
        top.len() > 3,
        "the check sees the modules' imports in {}: {top:?}",
        root.display()
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

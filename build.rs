//! Embeds the lessons (static/lessons/NN-slug/{main.go,lesson.toml}) into the crate, so the
//! browser needs no fetch and a lesson is added by adding a folder. The TOML is read here, at
//! build time, so no TOML parser ships in the Wasm bundle.

use std::fmt::Write as _;
use std::path::Path;

fn text(t: &toml::Table, key: &str, dir: &str) -> String {
    match t.get(key).and_then(|v| v.as_str()) {
        Some(s) => s.trim().to_string(),
        None => panic!("static/lessons/{dir}/lesson.toml: missing string `{key}`"),
    }
}

fn opt_text(t: &toml::Table, key: &str) -> String {
    t.get(key)
        .and_then(|v| v.as_str())
        .unwrap_or("")
        .trim()
        .to_string()
}

fn strings(t: &toml::Table, key: &str) -> Vec<String> {
    t.get(key)
        .and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .map(|v| match (v.as_str(), v.as_integer()) {
                    (Some(s), _) => s.to_string(),
                    (None, Some(n)) => n.to_string(),
                    _ => panic!("lesson.toml: `{key}` holds strings or integers"),
                })
                .collect()
        })
        .unwrap_or_default()
}

fn int(t: &toml::Table, key: &str) -> i64 {
    t.get(key).and_then(|v| v.as_integer()).unwrap_or(0)
}

fn tables<'a>(t: &'a toml::Table, key: &str) -> Vec<&'a toml::Table> {
    t.get(key)
        .and_then(|v| v.as_array())
        .map(|a| a.iter().filter_map(|v| v.as_table()).collect())
        .unwrap_or_default()
}

/// The `[[question]]`, `[[step]]` and `[teacher]` parts, as Rust expressions.
fn extras(t: &toml::Table) -> String {
    let teacher = t
        .get("teacher")
        .and_then(|v| v.as_table())
        .cloned()
        .unwrap_or_default();
    let mut q = String::from("&[");
    for x in tables(t, "question") {
        let choices = strings(x, "choices");
        let mut choices_zh = strings(x, "choices_zh");
        if choices_zh.is_empty() {
            choices_zh = choices.clone();
        }
        write!(
            q,
            "Question {{ prompt_en: {:?}, prompt_zh: {:?}, choices: &{:?}, choices_zh: &{:?}, answer: {}, \
             reveal_line: {}, reveal_text: {:?}, go: {:?} }},",
            opt_text(x, "prompt_en"),
            opt_text(x, "prompt_zh"),
            choices,
            choices_zh,
            int(x, "answer"),
            int(x, "reveal_line"),
            opt_text(x, "reveal_text"),
            opt_text(x, "go"),
        )
        .expect("write to String");
    }
    q.push(']');
    let mut st = String::from("&[");
    for x in tables(t, "step") {
        write!(
            st,
            "StepNote {{ line: {}, code: {:?}, en: {:?}, zh: {:?} }},",
            int(x, "line"),
            opt_text(x, "code"),
            opt_text(x, "en"),
            opt_text(x, "zh"),
        )
        .expect("write to String");
    }
    st.push(']');
    format!(
        "questions: {q}, steps: {st}, teacher: Teacher {{ key_en: {:?}, key_zh: {:?}, wrong_en: {:?}, wrong_zh: {:?} }}",
        opt_text(&teacher, "key_en"),
        opt_text(&teacher, "key_zh"),
        opt_text(&teacher, "wrong_en"),
        opt_text(&teacher, "wrong_zh"),
    )
}

fn main() {
    let root = Path::new("static/lessons");
    println!("cargo:rerun-if-changed=static/lessons");
    let mut dirs: Vec<_> = std::fs::read_dir(root)
        .expect("static/lessons exists")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("lesson.toml").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    dirs.sort();
    let mut out = String::from("pub static LESSONS: &[LessonData] = &[\n");
    for dir in &dirs {
        let path = root.join(dir);
        println!("cargo:rerun-if-changed={}", path.display());
        let raw = std::fs::read_to_string(path.join("lesson.toml")).expect("readable lesson.toml");
        let t: toml::Table = raw
            .parse()
            .unwrap_or_else(|e| panic!("{dir}/lesson.toml: {e}"));
        let settings = t
            .get("settings")
            .and_then(|v| v.as_table())
            .cloned()
            .unwrap_or_default();
        let procs = settings
            .get("procs")
            .and_then(|v| v.as_integer())
            .unwrap_or(1);
        let go = settings
            .get("go")
            .and_then(|v| v.as_str())
            .unwrap_or("1.22")
            .to_string();
        let also_go = t
            .get("also_go")
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .to_string();
        let level = t.get("level").and_then(|v| v.as_integer()).unwrap_or(1);
        let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it");
        let main_go = Path::new(&manifest).join(&path).join("main.go");
        let expected = std::fs::read_to_string(path.join("expected.stdout")).unwrap_or_default();
        writeln!(
            out,
            "    LessonData {{ slug: {dir:?}, title_en: {:?}, title_zh: {:?}, level: {level}, \
             intro_en: {:?}, intro_zh: {:?}, procs: {procs}, go: {go:?}, also_go: {also_go:?}, \
             source: include_str!({:?}), expected_stdout: {expected:?}, {} }},",
            text(&t, "title_en", dir),
            text(&t, "title_zh", dir),
            text(&t, "intro_en", dir),
            text(&t, "intro_zh", dir),
            main_go.display().to_string(),
            extras(&t),
        )
        .expect("write to String");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("lessons.rs");
    std::fs::write(dest, out).expect("write lessons.rs");
}

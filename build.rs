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
             source: include_str!({:?}), expected_stdout: {expected:?} }},",
            text(&t, "title_en", dir),
            text(&t, "title_zh", dir),
            text(&t, "intro_en", dir),
            text(&t, "intro_zh", dir),
            main_go.display().to_string(),
        )
        .expect("write to String");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("lessons.rs");
    std::fs::write(dest, out).expect("write lessons.rs");
}

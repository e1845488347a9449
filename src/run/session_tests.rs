//! Recording runs as frames: output, micro-steps, defers, errors and limits.

use super::*;

fn lesson(slug: &str) -> &'static crate::lessons::LessonData {
    crate::lessons::find(slug).expect("lesson exists")
}

#[test]
fn the_last_frame_shows_real_gos_output() {
    let l = lesson("02");
    let s = record(l.source, &Settings::default(), 10_000);
    assert_eq!(s.exit, Some(0));
    assert_eq!(
        s.frames.last().map(|f| f.stdout.as_str()),
        Some(l.expected_stdout)
    );
}

#[test]
fn pool_steps_carry_the_engines_micro_steps() {
    let s = record(lesson("02").source, &Settings::default(), 10_000);
    let keys: Vec<&str> = s
        .frames
        .iter()
        .flat_map(|f| f.micro.iter())
        .map(|m| m.caption.key.as_str())
        .collect();
    assert!(keys.contains(&"pool.put.private"));
    assert!(keys.contains(&"pool.put.private_full"));
    assert!(keys.contains(&"pool.get.private"));
    // After the five Puts: 1 in P0's private slot, 2..5 in its first ring.
    let after = s
        .frames
        .iter()
        .find(|f| f.pools.first().is_some_and(|p| p.puts == 5))
        .expect("a frame after 5 puts");
    let p0 = &after.pools[0].local[0];
    assert_eq!(p0.private.as_ref().map(|c| c.value.as_str()), Some("1"));
    let ring: Vec<&str> = p0.rings[0]
        .slots
        .iter()
        .flatten()
        .map(|c| c.value.as_str())
        .collect();
    assert_eq!(ring, ["2", "3", "4", "5"]);
}

#[test]
fn defer_records_pile_up_and_unwind() {
    let s = record(lesson("10").source, &Settings::default(), 10_000);
    let most = s
        .frames
        .iter()
        .map(|f| f.goroutines.first().map_or(0, |g| g.defers.len()))
        .max();
    assert!(
        most >= Some(3),
        "several defers are pending at once: {most:?}"
    );
    assert_eq!(
        s.frames.last().map(|f| f.stdout.as_str()),
        Some(lesson("10").expected_stdout)
    );
}

#[test]
fn a_compile_error_is_placed_not_fatal() {
    let s = record(
        "package main\n\nfunc main() {\n\tx := 1\n}\n",
        &Settings::default(),
        100,
    );
    assert_eq!(s.exit, Some(1));
    assert_eq!(
        s.errors
            .first()
            .map(|e| (e.line, e.col, e.message.as_str())),
        Some((4, 2, "declared and not used: x"))
    );
}

#[test]
fn frames_share_one_copy_of_the_output() {
    let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor i := 0; i < 300; i++ {\n\t\tfmt.Println(\"a line of output that is long enough to count\", i)\n\t}\n}\n";
    let s = record(src, &Settings::default(), 5_000);
    let last = s.frames.last().expect("frames");
    assert!(last.stdout.ends_with("count 299\n"));
    // Each frame's output is a prefix of the last, and they all point at one text.
    for f in &s.frames {
        assert!(last.stdout.starts_with(f.stdout.as_str()));
    }
    let texts: std::collections::BTreeSet<*const u8> = s
        .frames
        .iter()
        .map(|f| f.stdout.as_str().as_ptr())
        .collect();
    assert!(
        texts.len() <= 2,
        "frames share the output text ({} copies)",
        texts.len()
    );
}

#[test]
fn a_run_that_meets_the_budget_says_so() {
    let settings = Settings {
        budget: 500,
        ..Settings::default()
    };
    let s = record(
        "package main\n\nfunc main() {\n\tfor {\n\t}\n}\n",
        &settings,
        5_000,
    );
    assert_eq!(s.exit, Some(3));
    assert!(s.frames.last().is_some_and(|f| f.stderr.contains("500")));
}

#[test]
fn a_pooled_buffer_chip_shows_its_contents() {
    let src = "package main\n\nimport (\n\t\"bytes\"\n\t\"sync\"\n)\n\nfunc main() {\n\tp := sync.Pool{New: func() any { return new(bytes.Buffer) }}\n\tb := p.Get().(*bytes.Buffer)\n\tb.WriteString(\"hello\")\n\tp.Put(b)\n}\n";
    let s = record(src, &Settings::default(), 1000);
    let last = s.frames.last().expect("frames");
    let private = last.pools[0].local[0]
        .private
        .as_ref()
        .expect("b is in the private slot");
    assert_eq!(private.value, "\"hello\"");
}

#[test]
fn an_oversized_program_is_refused_with_a_message() {
    let src = format!(
        "package main\n\nfunc main() {{}}\n//{}\n",
        "x".repeat(MAX_SOURCE)
    );
    let s = record(&src, &Settings::default(), 100);
    assert_eq!(s.exit, Some(1));
    assert!(
        s.errors[0].message.contains("up to 64 KiB"),
        "{:?}",
        s.errors
    );
}

#[test]
fn a_runaway_loop_is_cut_at_the_frame_limit() {
    let s = record(
        "package main\n\nfunc main() {\n\tfor {\n\t}\n}\n",
        &Settings::default(),
        500,
    );
    assert!(s.truncated);
    assert_eq!(s.frames.len(), 500);
}

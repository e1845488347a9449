//! Sessions steered by the learner: scheduling points, forks to another P, the manual
//! scheduler waiting for a choice, and a learner GC, as the UI uses them.

use super::*;

fn lesson(slug: &str) -> &'static crate::lessons::LessonData {
    crate::lessons::find(slug).expect("lesson exists")
}

fn spec_of(slug: &str) -> RunSpec {
    let l = lesson(slug);
    RunSpec::with_settings(l.source, &l.settings(""))
}

fn timeline(s: &Session) -> &Timeline {
    s.timeline.as_ref().expect("the run compiled")
}

/// Which P took each step, and the source line it showed.
fn history(s: &Session) -> Vec<(usize, Option<usize>)> {
    s.frames.iter().map(|f| (f.p, f.line)).collect()
}

#[test]
fn frames_name_the_ps_that_could_run_next() {
    let s = record_spec(&spec_of("03"), 20_000);
    assert_eq!(s.exit, Some(0));
    let t = timeline(&s);
    for (k, f) in s.frames.iter().enumerate() {
        assert_eq!(f.choices, t.choices_at(k as u64), "step {k}");
    }
    // One P until main starts workers; then several Ps may take a step.
    assert_eq!(s.frames[0].choices, vec![0]);
    let k = s.frames.iter().position(|f| f.choices.len() > 1);
    assert!(k.is_some(), "lesson 03 has a scheduling point");
    // The one-P lesson has none.
    let one = record_spec(&spec_of("02"), 20_000);
    assert!(one.frames.iter().all(|f| f.choices.len() <= 1));
}

#[test]
fn choosing_another_p_forks_a_new_history_from_that_step() {
    let s = record_spec(&spec_of("03"), 20_000);
    let t = timeline(&s);
    let (k, f) = (s.frames.iter().enumerate())
        .find(|(k, f)| f.choices.len() > 1 && s.frames[k + 1].p != f.choices[1] as usize)
        .expect("a point where P choices[1] did not run");
    let other = f.choices[1];
    let forked = record_spec(&t.fork(k as u64, other), 20_000);
    assert_eq!(history(&forked)[..=k], history(&s)[..=k], "same prefix");
    assert_eq!(forked.frames[k + 1].p, other as usize, "the chosen P runs");
    assert_ne!(history(&forked), history(&s));
    // Whoever runs, no object is lost (the lesson's own claim).
    let last = forked.frames.last().expect("frames");
    assert!(
        last.stdout.contains("objects missing: 0"),
        "{}",
        last.stdout.as_str()
    );
    // The fork replays from its link.
    let link = crate::run::permalink::encode(timeline(&forked).spec());
    let again = record_spec(
        &crate::run::permalink::decode(&link).expect("decodes"),
        20_000,
    );
    assert_eq!(history(&again), history(&forked));
}

#[test]
fn the_manual_scheduler_waits_at_each_scheduling_point() {
    let spec = RunSpec {
        sched: SchedKind::Manual,
        ..spec_of("03")
    };
    let s = record_spec(&spec, 20_000);
    assert!(s.waiting && !s.truncated && s.exit.is_none());
    let k = s.frames.len() - 1;
    let choices = s.frames[k].choices.clone();
    assert!(choices.len() > 1, "{choices:?}");
    // Before it, no step had a choice.
    assert!(s.frames[..k].iter().all(|f| f.choices.len() <= 1));
    // Choosing runs that P and goes on to the next point.
    let p = *choices.last().expect("choices");
    let next = record_spec(&timeline(&s).fork(k as u64, p), 20_000);
    assert_eq!(history(&next)[..=k], history(&s)[..]);
    assert_eq!(next.frames[k + 1].p, p as usize);
    assert!(next.waiting && next.frames.len() >= k + 2);
    // Answering every point (always the default, the lowest P) reaches the end.
    let mut cur = next;
    for _ in 0..5_000 {
        if !cur.waiting {
            break;
        }
        let k = cur.frames.len() - 1;
        let p = cur.frames[k].choices[0];
        cur = record_spec(&timeline(&cur).fork(k as u64, p), 20_000);
    }
    assert_eq!(cur.exit, Some(0));
    assert!(cur
        .frames
        .last()
        .is_some_and(|f| f.stdout.contains("objects missing: 0")));
}

#[test]
fn a_learner_gc_moves_the_primary_cache_to_the_victim_cache() {
    let s = record_spec(&spec_of("02"), 20_000);
    // After the five Puts, before any Get.
    let k = s
        .frames
        .iter()
        .position(|f| f.pools.first().is_some_and(|p| p.puts == 5))
        .expect("five puts");
    let victim = |f: &Frame| {
        f.pools.first().map_or(0, |p| {
            p.victim
                .iter()
                .map(|l| {
                    l.private.iter().count()
                        + l.rings
                            .iter()
                            .flat_map(|r| r.slots.iter().flatten())
                            .count()
                })
                .sum::<usize>()
        })
    };
    assert_eq!(victim(&s.frames[k]), 0);
    let g = record_spec(&timeline(&s).with_gc(k as u64), 20_000);
    assert_eq!(history(&g)[..=k], history(&s)[..=k]);
    let j = timeline(&g)
        .find_next(k as u64, |m| m.flags & crate::run::timeline::MARK_GC != 0)
        .expect("the GC ran") as usize;
    let end = crate::run::nav::group_of(&g.frames, j).1;
    assert_eq!(g.frames[end].gcs, s.frames[end].gcs + 1);
    assert_eq!(
        victim(&g.frames[end]),
        5,
        "all five objects are now victims"
    );
    // The GC is in the run's spec, so a link replays it.
    let link = crate::run::permalink::encode(timeline(&g).spec());
    let again = record_spec(
        &crate::run::permalink::decode(&link).expect("decodes"),
        20_000,
    );
    assert_eq!(again.frames, g.frames);
}

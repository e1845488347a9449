//! The walking skeleton's run: Go's Get order on one P (Put 1..5, then Get six times), played
//! on the real pool engine, one frame per micro-step. The interpreter will replace the
//! scripted calls with the program itself; the frames stay the same.

use super::caption::{event_msg, go_name, obj_label};
use super::frame::{Frame, ObjChip, ProcFrame, RingFrame};
use crate::i18n::Msg;
use crate::pool::{Engine, Event, GetOutcome, GoroutineId, LocalView, ObjId, Pid, Place, PoolId};

/// The program the frames belong to. Real Go 1.27, GOMAXPROCS=1, prints 1 5 4 3 2 <nil>
/// (tests/golden/pool_get_order_one_p.go).
pub const SOURCE: &str = "package main

import (
\t\"fmt\"
\t\"sync\"
)

func main() {
\tvar p sync.Pool
\tfor i := 1; i <= 5; i++ {
\t\tp.Put(i)
\t}
\tfor i := 0; i < 6; i++ {
\t\tfmt.Print(p.Get(), \" \")
\t}
\tfmt.Println()
}
";

const LINE_PUT: usize = 11;
const LINE_GET: usize = 14;
const LINE_PRINTLN: usize = 16;

struct Recorder {
    engine: Engine,
    pool: PoolId,
    values: Vec<String>,
    stdout: String,
    frames: Vec<Frame>,
}

impl Recorder {
    fn chip(&self, id: ObjId) -> ObjChip {
        let value = self.values.get(id.0 as usize).cloned().unwrap_or_default();
        ObjChip {
            id: id.0,
            label: obj_label(id.0),
            value,
        }
    }

    fn proc_frame(&self, l: &LocalView) -> ProcFrame {
        ProcFrame {
            private: l.private.map(|o| self.chip(o)),
            rings: l
                .rings
                .iter()
                .map(|r| RingFrame {
                    head: r.head,
                    tail: r.tail,
                    slots: r.slots.iter().map(|s| s.map(|o| self.chip(o))).collect(),
                })
                .collect(),
        }
    }

    /// Records the engine as it is now, under the given caption.
    fn snap(&mut self, line: usize, caption: Msg, go_func: &str) {
        let Some(view) = self.engine.view(self.pool) else {
            return;
        };
        let procs = self.engine.gomaxprocs();
        let mut local: Vec<ProcFrame> = view.local.iter().map(|l| self.proc_frame(l)).collect();
        local.resize(procs.max(local.len()), ProcFrame::default());
        let victim = view.victim.iter().map(|l| self.proc_frame(l)).collect();
        let held = self
            .engine
            .objects()
            .filter(|(_, place, _)| matches!(place, Place::Held { .. }))
            .map(|(id, _, _)| self.chip(id))
            .collect();
        self.frames.push(Frame {
            line: Some(line),
            caption,
            go_func: go_func.to_string(),
            p: 0,
            local,
            victim,
            held,
            stdout: self.stdout.clone(),
        });
    }

    fn snap_events(&mut self, line: usize, events: Vec<Event>) {
        for e in events {
            let msg = event_msg(&self.engine, &e);
            self.snap(line, msg, go_name(e.func));
        }
    }
}

/// The walkthrough's title, source and frames.
pub fn walkthrough() -> (String, String, Vec<Frame>) {
    let mut engine = Engine::new(1);
    let pool = engine.new_pool("p", false);
    let mut r = Recorder {
        engine,
        pool,
        values: Vec::new(),
        stdout: String::new(),
        frames: Vec::new(),
    };
    let g = GoroutineId(1);
    r.snap(9, Msg::new("demo.start"), "");
    for i in 1..=5 {
        let obj = r.engine.adopt(g, &i.to_string());
        r.values.resize(obj.0 as usize + 1, String::new());
        r.values[obj.0 as usize] = i.to_string();
        r.snap(
            LINE_PUT,
            Msg::new("demo.put")
                .arg("value", i.to_string())
                .arg("obj", obj_label(obj.0)),
            "Put",
        );
        let mut ev = Vec::new();
        // The engine rejects only misuse (an object put twice); this script never does that.
        if r.engine
            .put(pool, Pid(0), g, Some(obj), Some(&mut ev))
            .is_err()
        {
            break;
        }
        r.snap_events(LINE_PUT, ev);
    }
    for _ in 0..6 {
        r.snap(LINE_GET, Msg::new("demo.get"), "Get");
        let mut ev = Vec::new();
        let Ok(out) = r.engine.get(pool, Pid(0), g, Some(&mut ev)) else {
            break;
        };
        let printed = match out {
            GetOutcome::Got { obj, .. } => {
                r.values.get(obj.0 as usize).cloned().unwrap_or_default()
            }
            GetOutcome::Miss { .. } => "<nil>".to_string(),
        };
        r.stdout.push_str(&printed);
        r.stdout.push(' ');
        r.snap_events(LINE_GET, ev);
    }
    r.stdout.push('\n');
    r.snap(LINE_PRINTLN, Msg::new("demo.end"), "");
    (
        "Get order on one P".to_string(),
        SOURCE.to_string(),
        r.frames,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walkthrough_prints_what_real_go_prints() {
        let (_, _, frames) = walkthrough();
        // tests/golden/pool_get_order_one_p.stdout, from real Go 1.27 with GOMAXPROCS=1.
        assert_eq!(
            frames.last().map(|f| f.stdout.as_str()),
            Some("1 5 4 3 2 <nil> \n")
        );
    }

    #[test]
    fn first_put_fills_the_private_slot_and_the_rest_the_ring() {
        let (_, _, frames) = walkthrough();
        let after_puts = frames
            .iter()
            .rev()
            .find(|f| f.line == Some(LINE_PUT))
            .expect("put frames");
        let p0 = &after_puts.local[0];
        assert_eq!(p0.private.as_ref().map(|c| c.value.as_str()), Some("1"));
        let ring_values: Vec<&str> = p0.rings[0]
            .slots
            .iter()
            .flatten()
            .map(|c| c.value.as_str())
            .collect();
        assert_eq!(ring_values, ["2", "3", "4", "5"]);
        assert_eq!(p0.rings[0].head.wrapping_sub(p0.rings[0].tail), 4);
    }

    #[test]
    fn every_frame_has_a_caption_and_a_line() {
        let (_, src, frames) = walkthrough();
        let lines = src.lines().count();
        assert!(frames.len() > 20);
        for f in &frames {
            assert!(!f.caption.key.is_empty());
            assert!(f.line.is_some_and(|l| l >= 1 && l <= lines));
        }
    }
}

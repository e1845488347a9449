//! Draws the program's channels as frames: each channel's buffer and the goroutines queued
//! to send or receive (Go's `recvq` and `sendq`), and what each waiting goroutine waits on.
//!
//! The heap only grows, so a [`ChanTracker`] looks at each new heap object once, right after
//! the step that made it; that step's source text gives the channel its name.

use super::frame::{Blocked, ChanFrame, ChanWait};
use crate::runtime::heap::{ChanObj, Obj};
use crate::runtime::machine::{GStatus, Goroutine};
use crate::runtime::value::Value;
use crate::runtime::Machine;

/// How many of the newest channels a frame draws; older ones show only while someone waits
/// on them, so a program that makes a channel per loop turn keeps small frames.
const NEWEST: usize = 8;

/// The most channels one frame draws (the newest of those worth drawing).
const MOST: usize = 12;

/// A channel seen being made.
#[derive(Clone, Debug)]
struct Made {
    id: u32,
    name: String,
    line: usize,
    timer: bool,
}

/// The channels of one run, in the order they were made, and who waits on which.
///
/// Finding the channel a goroutine waits on means searching the channels' queues; that is
/// done once, when the goroutine parks, not at every frame, so a run with thousands of
/// channels still records in time linear in its steps.
#[derive(Clone, Debug, Default)]
pub struct ChanTracker {
    /// Heap objects already looked at.
    scanned: usize,
    /// Ordered by id (a heap index), so a channel is found by binary search.
    made: Vec<Made>,
    /// (goroutine index, the channels it is queued on) while it waits on channels, ordered
    /// by goroutine index.
    waits: Vec<(u32, Vec<u32>)>,
}

fn chan(m: &Machine, id: u32) -> Option<&ChanObj> {
    match m.heap.objs.get(id as usize) {
        Some(Obj::Chan(c)) => Some(c),
        _ => None,
    }
}

/// Whether goroutine `gi` is in one of `c`'s queues.
fn queued(c: &ChanObj, gi: u32) -> bool {
    c.recvq.iter().any(|w| w.g == gi) || c.sendq.iter().any(|(w, _)| w.g == gi)
}

/// Whether a goroutine is parked on a channel operation or a `select`.
fn waits_on_chan(g: &Goroutine) -> bool {
    matches!(&g.status, GStatus::Waiting(r) if r.starts_with("chan") || r.starts_with("select"))
}

/// Words that can stand before `make(chan …)` without naming it (`return make(chan int)`).
const KEYWORDS: [&str; 6] = ["return", "go", "defer", "case", "var", "else"];

/// The name a statement gives the channel it makes: `ch` in `ch := make(chan int)`, `idle`
/// in `&Bounded{idle: make(chan *Conn, max)}`, `b.idle` in `b.idle = make(…)`; empty when
/// the statement gives none.
pub fn chan_name(stmt: &str) -> String {
    let Some(at) = stmt.find("make(chan") else {
        return String::new();
    };
    let before = stmt[..at]
        .trim_end()
        .trim_end_matches([':', '='])
        .trim_end();
    let ident = |c: char| c.is_alphanumeric() || c == '_' || c == '.';
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| ident(c))
        .last()
        .map_or(before.len(), |(i, _)| i);
    let name = &before[start..];
    if KEYWORDS.contains(&name) {
        String::new()
    } else {
        name.to_string()
    }
}

impl ChanTracker {
    /// Notes the channels made since the last call. `stmt` is the source of the step that ran
    /// and `line` its line (none for the state before the first step).
    pub fn scan(&mut self, m: &Machine, stmt: &str, line: usize) {
        let objs = &m.heap.objs;
        for i in self.scanned..objs.len() {
            if let Some(Obj::Chan(c)) = objs.get(i) {
                let name = if c.timer {
                    "time.After".to_string()
                } else {
                    chan_name(stmt)
                };
                self.made.push(Made {
                    id: i as u32,
                    name,
                    line,
                    timer: c.timer,
                });
            }
        }
        self.scanned = objs.len();
        self.note_waits(m);
    }

    /// The channel with heap id `id`, as it was made.
    fn made_as(&self, id: u32) -> Option<&Made> {
        let i = self.made.binary_search_by_key(&id, |c| c.id).ok()?;
        self.made.get(i)
    }

    /// Forgets goroutines that no longer wait and finds the channels of newly parked ones
    /// (a `select` lists its own; a plain send or receive is searched for, newest first).
    fn note_waits(&mut self, m: &Machine) {
        // An empty list: searched and not found (a nil channel); not searched again.
        self.waits.retain(|(gi, on)| {
            let gi = *gi;
            m.gs.get(gi as usize).is_some_and(waits_on_chan)
                && on
                    .first()
                    .is_none_or(|&id| chan(m, id).is_some_and(|c| queued(c, gi)))
        });
        for (gi, g) in m.gs.iter().enumerate() {
            let gi = gi as u32;
            let Err(at) = self.waits.binary_search_by_key(&gi, |w| w.0) else {
                continue;
            };
            if !waits_on_chan(g) {
                continue;
            }
            let on: Vec<u32> = if g.select_chans.is_empty() {
                self.made
                    .iter()
                    .rev()
                    .find(|c| chan(m, c.id).is_some_and(|ch| queued(ch, gi)))
                    .map(|c| c.id)
                    .into_iter()
                    .collect()
            } else {
                g.select_chans.clone()
            };
            self.waits.insert(at, (gi, on));
        }
    }

    /// The channels worth drawing now: the newest ones made (not timers) and any a goroutine
    /// waits on, oldest first. `text` prints a buffered value.
    pub fn frames(&self, m: &Machine, text: &dyn Fn(&Value) -> String) -> Vec<ChanFrame> {
        let gid = |gi: u32| m.gs.get(gi as usize).map_or(0, |g| g.id);
        let newest = self.made.iter().rev().filter(|c| !c.timer).take(NEWEST);
        let mut ids: Vec<u32> = newest
            .map(|c| c.id)
            .chain(self.waits.iter().flat_map(|w| w.1.iter().copied()))
            .collect();
        ids.sort_unstable();
        ids.dedup();
        let from = ids.len().saturating_sub(MOST);
        ids[from..]
            .iter()
            .filter_map(|&id| {
                let made = self.made_as(id)?;
                let c = chan(m, id)?;
                let shown = ChanFrame::SHOWN;
                Some(ChanFrame {
                    id,
                    name: made.name.clone(),
                    line: made.line,
                    cap: c.cap,
                    buf: c.buf.iter().take(shown).map(text).collect(),
                    len: c.buf.len(),
                    closed: c.closed,
                    recv: c.recvq.iter().take(shown).map(|w| gid(w.g)).collect(),
                    send: c
                        .sendq
                        .iter()
                        .take(shown)
                        .map(|(w, v)| (gid(w.g), text(v)))
                        .collect(),
                })
            })
            .collect()
    }

    /// What goroutine `gi` waits on, if it waits.
    pub fn blocked(&self, m: &Machine, gi: u32, g: &Goroutine) -> Option<Blocked> {
        let reason = match &g.status {
            GStatus::Sleeping(_) => return Some(Blocked::Sleep),
            GStatus::Waiting(r) => *r,
            _ => return None,
        };
        let at = self.waits.binary_search_by_key(&gi, |w| w.0).ok();
        if let Some((_, ids)) = at.map(|i| &self.waits[i]) {
            let on: Vec<ChanWait> = ids
                .iter()
                .filter_map(|&id| Some((self.made_as(id)?, chan(m, id)?)))
                .flat_map(|(made, c)| {
                    let wait = |send| ChanWait {
                        id: made.id,
                        name: made.name.clone(),
                        send,
                    };
                    let recv = c.recvq.iter().any(|w| w.g == gi).then(|| wait(false));
                    let send = c.sendq.iter().any(|(w, _)| w.g == gi).then(|| wait(true));
                    recv.into_iter().chain(send)
                })
                .collect();
            if !on.is_empty() {
                return Some(Blocked::Chan(on));
            }
        }
        Some(match reason {
            r if r.starts_with("sync.Mutex") || r.starts_with("sync.RWMutex") => Blocked::Mutex,
            "sync.WaitGroup.Wait" => Blocked::WaitGroup,
            "sleep" => Blocked::Sleep,
            r => Blocked::Other(r.to_string()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::chan_name;

    #[test]
    fn a_channel_is_named_by_what_the_statement_assigns_it_to() {
        assert_eq!(chan_name("ch := make(chan int, 3)"), "ch");
        assert_eq!(chan_name("var done = make(chan bool)"), "done");
        assert_eq!(chan_name("b.idle = make(chan *Conn, max)"), "b.idle");
        assert_eq!(
            chan_name("return &Bounded{max: max, idle: make(chan *Conn, max)}"),
            "idle"
        );
        assert_eq!(chan_name("return make(chan int)"), "");
        assert_eq!(chan_name("x := 1"), "");
    }
}

#[cfg(test)]
mod lesson_tests {
    use crate::run::session::record;
    use crate::run::{Blocked, Frame};

    fn lesson7() -> Vec<Frame> {
        let l = crate::lessons::find("07").expect("lesson 07");
        record(l.source, &l.settings(""), 10_000).frames
    }

    #[test]
    fn the_bounded_pools_idle_channel_shows_its_connections_in_order() {
        let frames = lesson7();
        let idle = |f: &Frame| f.chans.iter().find(|c| c.name == "idle").cloned();
        let made = frames.iter().find_map(idle).expect("idle is drawn");
        assert_eq!((made.cap, made.line, made.len), (2, 36, 0));
        // Put(b) then Put(d): conn 2 waits first in the buffer, then conn 1.
        assert!(frames
            .iter()
            .filter_map(idle)
            .any(|c| c.buf == ["&{2}", "&{1}"] && c.len == 2));
        // Shutdown drains it.
        assert_eq!(frames.last().and_then(idle).map(|c| c.len), Some(0));
    }

    #[test]
    fn a_select_waits_on_idle_and_the_timer_and_says_so() {
        let frames = lesson7();
        let f = frames
            .iter()
            .find(|f| f.goroutines.iter().any(|g| g.status == "select"))
            .expect("Get blocks in its select");
        let g = f.goroutines.iter().find(|g| g.status == "select").unwrap();
        let Some(Blocked::Chan(on)) = &g.blocked else {
            panic!("blocked on channels: {:?}", g.blocked);
        };
        let names: Vec<&str> = on.iter().map(|w| w.name.as_str()).collect();
        assert_eq!(names, ["idle", "time.After"]);
        assert!(on.iter().all(|w| !w.send), "both cases receive");
        assert!(on.iter().all(|w| f.chans.iter().any(|c| c.id == w.id)));
        assert!(f.chans.iter().all(|c| c.recv == [g.id]));
        // Once the timer fires nobody waits on it, and it is no longer drawn.
        assert!(frames
            .last()
            .unwrap()
            .chans
            .iter()
            .all(|c| c.name != "time.After"));
    }

    #[test]
    fn sleep_waitgroup_mutex_and_send_waits_are_named() {
        let src = "package main

import (
\t\"fmt\"
\t\"sync\"
\t\"time\"
)

func main() {
\tvar mu sync.Mutex
\tvar wg sync.WaitGroup
\tready := make(chan int)
\tmu.Lock()
\twg.Add(2)
\tgo func() {
\t\tdefer wg.Done()
\t\tmu.Lock()
\t\tmu.Unlock()
\t}()
\tgo func() {
\t\tdefer wg.Done()
\t\tready <- 7
\t}()
\ttime.Sleep(time.Millisecond)
\tmu.Unlock()
\tfmt.Println(<-ready)
\twg.Wait()
}
";
        let s = record(src, &Default::default(), 2000);
        assert_eq!(s.exit, Some(0));
        assert_eq!(s.frames.last().unwrap().stdout.as_str(), "7\n");
        let seen = |want: &dyn Fn(&Blocked) -> bool| {
            s.frames.iter().any(|f| {
                f.goroutines
                    .iter()
                    .any(|g| g.blocked.as_ref().is_some_and(want))
            })
        };
        assert!(seen(&|b| *b == Blocked::WaitGroup));
        assert!(seen(&|b| *b == Blocked::Sleep));
        assert!(seen(&|b| *b == Blocked::Mutex));
        assert!(seen(
            &|b| matches!(b, Blocked::Chan(on) if on.len() == 1 && on[0].send && on[0].name == "ready")
        ));
        // The sender waits on the channel with the value it sends.
        assert!(s.frames.iter().any(|f| f
            .chans
            .iter()
            .any(|c| c.name == "ready" && c.send.len() == 1 && c.send[0].1 == "7")));
    }
}

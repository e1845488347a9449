//! Draws the program's channels as frames: each channel's buffer and the goroutines queued
//! to send or receive (Go's `recvq` and `sendq`), and what each waiting goroutine waits on.
//!
//! Everything is read from one machine state, so any step's frame can be rebuilt alone: the
//! channels are the heap's channel objects, each named from the source line of the `make`
//! that made it (`ChanObj::site`).

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

/// The program's channels at one state, in the order they were made, and who waits on which.
pub struct Chans<'m> {
    m: &'m Machine,
    /// (heap id, channel), oldest first.
    all: Vec<(u32, &'m ChanObj)>,
    /// (goroutine index, what it is queued on), ordered by goroutine index.
    waits: Vec<(u32, ChanWait)>,
}

impl<'m> Chans<'m> {
    pub fn of(m: &'m Machine) -> Chans<'m> {
        let all: Vec<(u32, &ChanObj)> = (m.heap.objs.iter().enumerate())
            .filter_map(|(i, o)| match o {
                Obj::Chan(c) => Some((i as u32, c)),
                _ => None,
            })
            .collect();
        let mut waits: Vec<(u32, ChanWait)> = Vec::new();
        for &(id, c) in &all {
            let wait = |send| ChanWait {
                id,
                name: name(m, c),
                send,
            };
            waits.extend(c.recvq.iter().map(|w| (w.g, wait(false))));
            waits.extend(c.sendq.iter().map(|(w, _)| (w.g, wait(true))));
        }
        // Stable: a select's channels stay in the order they were made.
        waits.sort_by_key(|w| w.0);
        Chans { m, all, waits }
    }

    /// The channels worth drawing: the newest ones made (not timers) and any a goroutine
    /// waits on, oldest first. `text` prints a buffered value.
    pub fn frames(&self, text: &dyn Fn(&Value) -> String) -> Vec<ChanFrame> {
        let m = self.m;
        let gid = |gi: u32| m.gs.get(gi as usize).map_or(0, |g| g.id);
        let newest = self.all.iter().rev().filter(|c| !c.1.timer).take(NEWEST);
        let mut ids: Vec<u32> = newest
            .map(|c| c.0)
            .chain(self.waits.iter().map(|w| w.1.id))
            .collect();
        ids.sort_unstable();
        ids.dedup();
        let from = ids.len().saturating_sub(MOST);
        let shown = ChanFrame::SHOWN;
        ids[from..]
            .iter()
            .filter_map(|&id| {
                let at = self.all.binary_search_by_key(&id, |c| c.0).ok()?;
                let c = self.all[at].1;
                Some(ChanFrame {
                    id,
                    name: name(m, c),
                    line: line_of(m, c).map_or(0, |(n, _)| n),
                    cap: c.cap,
                    buf: c.buf.iter().take(shown).map(text).collect(),
                    len: c.buf.len(),
                    closed: c.closed,
                    recv: c.recvq.iter().take(shown).map(|w| gid(w.g)).collect(),
                    send: (c.sendq.iter().take(shown))
                        .map(|(w, v)| (gid(w.g), text(v)))
                        .collect(),
                })
            })
            .collect()
    }

    /// What goroutine `gi` waits on, if it waits.
    pub fn blocked(&self, gi: u32, g: &Goroutine) -> Option<Blocked> {
        let reason = match &g.status {
            GStatus::Sleeping(_) => return Some(Blocked::Sleep),
            GStatus::Waiting(r) => *r,
            _ => return None,
        };
        let from = self.waits.partition_point(|w| w.0 < gi);
        let on: Vec<ChanWait> = self.waits[from..]
            .iter()
            .take_while(|w| w.0 == gi)
            .map(|w| w.1.clone())
            .collect();
        if !on.is_empty() {
            return Some(Blocked::Chan(on));
        }
        Some(match reason {
            r if r.starts_with("sync.Mutex") || r.starts_with("sync.RWMutex") => Blocked::Mutex,
            "sync.WaitGroup.Wait" => Blocked::WaitGroup,
            "sleep" => Blocked::Sleep,
            r => Blocked::Other(r.to_string()),
        })
    }
}

/// The 1-based line of a channel's `make`, and that line's text.
fn line_of<'a>(m: &'a Machine, c: &ChanObj) -> Option<(usize, &'a str)> {
    if c.site == 0 {
        return None;
    }
    let src = m.prog.src.as_str();
    let at = (c.site as usize).min(src.len());
    let start = src[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = src[at..].find('\n').map_or(src.len(), |i| at + i);
    Some((m.prog.lines.line_col(c.site).0 as usize, &src[start..end]))
}

/// A channel's name: `time.After` for a timer's, else what its `make`'s line calls it.
fn name(m: &Machine, c: &ChanObj) -> String {
    if c.timer {
        return "time.After".into();
    }
    line_of(m, c).map_or_else(String::new, |(_, text)| chan_name(text))
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

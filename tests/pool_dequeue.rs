//! Ports of Go's TestPoolDequeue and TestPoolChain (pool_test.go): one producer
//! pushes and sometimes pops the head while several consumers pop tails; every item
//! must be seen exactly once.
//!
//! Go runs real goroutines; here the operations are step machines (one load, CAS or
//! slot access per step) and a seeded driver interleaves them, so each seed is one
//! reproducible interleaving. Head and tail start 500 short of the 32-bit
//! wrap-around, as in Go's `NewPoolDequeue`, and the runs push past it.

use poolscope::pool::{
    ChainNote, ChainPop, ChainPopHead, ChainPopTail, ChainPushHead, Owner, Pid, Poll, PoolChain,
    PoolDequeue, PopHead, PopOutcome, PopTail, PushHead, PushOutcome, RoleError,
};

/// Near the wrap-around, like Go's test helper: `1<<dequeueBits - 500`.
const START: u32 = (1u64 << 32).wrapping_sub(500) as u32;

/// Test-only deterministic randomness (the engine has none).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// What the interleavings showed, summed over seeds.
#[derive(Default, Debug)]
struct Seen {
    pop_heads: u64,
    lost_races: u64,
    slot_busy: u64,
    full: u64,
    grows: u64,
    unlinks: u64,
}

/// A queue whose operations are step machines.
trait Queue {
    type Push;
    type PopH;
    type PopT;
    fn push(v: u32) -> Self::Push;
    fn pop_h() -> Self::PopH;
    fn pop_t() -> Self::PopT;
    fn step_push(&mut self, op: &mut Self::Push, who: &Owner, s: &mut Seen) -> Poll<bool>;
    fn step_pop_h(&mut self, op: &mut Self::PopH, who: &Owner, s: &mut Seen) -> Poll<Option<u32>>;
    fn step_pop_t(&mut self, op: &mut Self::PopT, s: &mut Seen) -> Poll<Option<u32>>;
    fn indexes(&self) -> (u32, u32);
}

fn popped(p: Poll<PopOutcome<u32>>, s: &mut Seen) -> Poll<Option<u32>> {
    match p {
        Poll::Pending => Poll::Pending,
        Poll::LostRace => {
            s.lost_races += 1;
            Poll::LostRace
        }
        Poll::Ready(PopOutcome::Popped(v, _)) => Poll::Ready(Some(v)),
        Poll::Ready(PopOutcome::Empty) => Poll::Ready(None),
    }
}

impl Queue for PoolDequeue<u32> {
    type Push = PushHead<u32>;
    type PopH = PopHead;
    type PopT = PopTail;
    fn push(v: u32) -> Self::Push {
        PushHead::new(v)
    }
    fn pop_h() -> PopHead {
        PopHead::new()
    }
    fn pop_t() -> PopTail {
        PopTail::new()
    }
    fn step_push(&mut self, op: &mut Self::Push, who: &Owner, s: &mut Seen) -> Poll<bool> {
        match op.step(self, who).expect("owner") {
            Poll::Ready(PushOutcome::Pushed(_)) => Poll::Ready(true),
            Poll::Ready(PushOutcome::Full) => {
                s.full += 1;
                Poll::Ready(false)
            }
            Poll::Ready(PushOutcome::SlotBusy) => {
                s.slot_busy += 1;
                Poll::Ready(false)
            }
            Poll::Pending => Poll::Pending,
            Poll::LostRace => Poll::LostRace,
        }
    }
    fn step_pop_h(&mut self, op: &mut PopHead, who: &Owner, s: &mut Seen) -> Poll<Option<u32>> {
        popped(op.step(self, who).expect("owner"), s)
    }
    fn step_pop_t(&mut self, op: &mut PopTail, s: &mut Seen) -> Poll<Option<u32>> {
        popped(op.step(self), s)
    }
    fn indexes(&self) -> (u32, u32) {
        self.head_tail()
    }
}

fn note(s: &mut Seen) -> impl FnMut(ChainNote<u32>) + '_ {
    move |n| match n {
        ChainNote::Grow { .. } => s.grows += 1,
        ChainNote::Unlink { .. } => s.unlinks += 1,
        ChainNote::LostRace { .. } => s.lost_races += 1,
        ChainNote::PushFailed {
            outcome: PushOutcome::SlotBusy,
            ..
        } => s.slot_busy += 1,
        ChainNote::PushFailed { .. } => s.full += 1,
        _ => {}
    }
}

fn chain_popped(p: Poll<ChainPop<u32>>) -> Poll<Option<u32>> {
    match p {
        Poll::Pending => Poll::Pending,
        Poll::LostRace => Poll::LostRace,
        Poll::Ready(ChainPop::Popped(v, _)) => Poll::Ready(Some(v)),
        Poll::Ready(ChainPop::Empty) => Poll::Ready(None),
    }
}

impl Queue for PoolChain<u32> {
    type Push = ChainPushHead<u32>;
    type PopH = ChainPopHead;
    type PopT = ChainPopTail;
    fn push(v: u32) -> Self::Push {
        ChainPushHead::new(v)
    }
    fn pop_h() -> ChainPopHead {
        ChainPopHead::new()
    }
    fn pop_t() -> ChainPopTail {
        ChainPopTail::new()
    }
    fn step_push(&mut self, op: &mut Self::Push, who: &Owner, s: &mut Seen) -> Poll<bool> {
        match op.step(self, who, &mut note(s)).expect("owner") {
            Poll::Ready(_) => Poll::Ready(true),
            Poll::Pending => Poll::Pending,
            Poll::LostRace => Poll::LostRace,
        }
    }
    fn step_pop_h(
        &mut self,
        op: &mut ChainPopHead,
        who: &Owner,
        s: &mut Seen,
    ) -> Poll<Option<u32>> {
        chain_popped(op.step(self, who, &mut note(s)).expect("owner"))
    }
    fn step_pop_t(&mut self, op: &mut ChainPopTail, s: &mut Seen) -> Poll<Option<u32>> {
        chain_popped(op.step(self, &mut note(s)))
    }
    fn indexes(&self) -> (u32, u32) {
        let ring = self.head_ring().and_then(|r| self.elt(r)).expect("a ring");
        ring.dequeue().head_tail()
    }
}

enum Producer<Q: Queue> {
    Push(u32, Q::Push),
    PopHead(u32, Q::PopH),
    Done,
}

/// Go's testPoolDequeue under one seeded interleaving: P-1 consumers pop tails
/// until the last item is recorded; the producer pushes 0..n, retrying a failed
/// push, and pops the head after every tenth push.
fn run<Q: Queue>(q: &mut Q, who: &Owner, n: u32, consumers: usize, seed: u64, s: &mut Seen) {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    // The producer's share of steps differs per seed: some seeds keep the queue
    // nearly empty, others keep it full.
    let producer_weight = 1 + rng.below(8);
    let mut have = vec![0u32; n as usize];
    let mut stop = false;
    let mut producer: Producer<Q> = Producer::Push(0, Q::push(0));
    let mut cons: Vec<Option<Q::PopT>> = (0..consumers).map(|_| None).collect();
    let record = |v: u32, have: &mut Vec<u32>, stop: &mut bool| {
        have[v as usize] += 1;
        if v == n - 1 {
            *stop = true;
        }
    };
    let mut steps = 0u64;
    loop {
        steps += 1;
        assert!(steps < 50_000_000, "seed {seed}: no progress");
        let producer_done = matches!(producer, Producer::Done);
        let idle = cons.iter().all(|c| c.is_none());
        if producer_done && stop && idle {
            break;
        }
        let pick = rng.below(producer_weight + consumers as u64);
        if pick < producer_weight {
            producer = match producer {
                Producer::Done => Producer::Done,
                Producer::Push(j, mut op) => match q.step_push(&mut op, who, s) {
                    Poll::Ready(true) if j % 10 == 0 => Producer::PopHead(j, Q::pop_h()),
                    Poll::Ready(true) if j + 1 == n => Producer::Done,
                    Poll::Ready(true) => Producer::Push(j + 1, Q::push(j + 1)),
                    // Full: retry (Go calls runtime.Gosched to let a popper run).
                    Poll::Ready(false) => Producer::Push(j, Q::push(j)),
                    _ => Producer::Push(j, op),
                },
                Producer::PopHead(j, mut op) => match q.step_pop_h(&mut op, who, s) {
                    Poll::Ready(got) => {
                        if let Some(v) = got {
                            s.pop_heads += 1;
                            record(v, &mut have, &mut stop);
                        }
                        if j + 1 == n {
                            Producer::Done
                        } else {
                            Producer::Push(j + 1, Q::push(j + 1))
                        }
                    }
                    _ => Producer::PopHead(j, op),
                },
            };
        } else {
            let c = &mut cons[(pick - producer_weight) as usize];
            if c.is_none() {
                if stop {
                    continue;
                }
                *c = Some(Q::pop_t());
            }
            if let Some(op) = c.as_mut() {
                if let Poll::Ready(got) = q.step_pop_t(op, s) {
                    if let Some(v) = got {
                        record(v, &mut have, &mut stop);
                    }
                    *c = None;
                }
            }
        }
    }
    for (i, count) in have.iter().enumerate() {
        assert_eq!(*count, 1, "seed {seed}: expected have[{i}] = 1");
    }
}

#[test]
fn test_pool_dequeue() {
    let mut s = Seen::default();
    for seed in 0..300 {
        let (mut d, who) = PoolDequeue::<u32>::new(16, Pid(0), START).unwrap();
        run(&mut d, &who, 800, 9, seed, &mut s);
        // 800 pushes (less at most 80 head pops) from START went past the
        // 32-bit wrap-around.
        let (head, tail) = d.indexes();
        assert!(head.wrapping_sub(START) >= 720 && head < START, "{head}");
        assert_eq!(tail, head, "drained");
        assert!(d.slots().iter().all(|v| v.is_none()), "slots cleared");
    }
    // The seeds did interleave: pops from the head succeeded, CASes lost races,
    // pushes met a full ring and a slot still being cleared by popTail.
    assert!(s.pop_heads > 0, "{s:?}");
    assert!(s.lost_races > 0, "{s:?}");
    assert!(s.full > 0, "{s:?}");
    assert!(s.slot_busy > 0, "{s:?}");
}

#[test]
fn test_pool_chain() {
    let mut s = Seen::default();
    for seed in 0..150 {
        let (mut c, who) = PoolChain::<u32>::new(Pid(0), START);
        run(&mut c, &who, 800, 9, seed, &mut s);
        assert!(c.is_empty());
        // Rings before the tail were dropped once unlinked.
        assert_eq!(c.rings().next().map(|(n, _)| n), c.tail_ring());
    }
    assert!(s.pop_heads > 0, "{s:?}");
    assert!(s.lost_races > 0, "{s:?}");
    assert!(s.grows > 0 && s.unlinks > 0, "{s:?}");
}

/// Only the owning P may push or pop the head; the tail is anyone's.
#[test]
fn head_operations_need_the_owner() {
    let (mut d, owner) = PoolDequeue::<u32>::new(8, Pid(0), 0).unwrap();
    let (_, stranger) = PoolDequeue::<u32>::new(8, Pid(1), 0).unwrap();
    let refused = RoleError::NotOwner {
        owner: Pid(0),
        caller: Pid(1),
    };
    assert_eq!(d.push_head(&stranger, 1), Err(refused));
    assert!(matches!(d.push_head(&owner, 7), Ok(PushOutcome::Pushed(_))));
    assert_eq!(d.pop_head(&stranger), Err(refused));
    assert!(matches!(d.pop_tail(), PopOutcome::Popped(7, _)));
    assert_eq!(d.pop_tail(), PopOutcome::Empty);

    let (mut c, _owner) = PoolChain::<u32>::new(Pid(0), 0);
    assert_eq!(c.push_head(&stranger, 1, &mut |_| {}), Err(refused));
    assert_eq!(c.pop_head(&stranger, &mut |_| {}), Err(refused));
    assert_eq!(
        PoolDequeue::<u32>::new(12, Pid(0), 0).err(),
        Some(RoleError::BadSize { size: 12 })
    );
}

/// Go's fullness check: a ring of 8 takes 8 pushes, the 9th is refused, and a
/// chain grows 8, 16, 32 instead.
#[test]
fn dequeue_full_and_chain_growth() {
    let (mut d, who) = PoolDequeue::<u32>::new(8, Pid(0), START).unwrap();
    for i in 0..8 {
        assert!(matches!(d.push_head(&who, i), Ok(PushOutcome::Pushed(_))));
    }
    assert_eq!(d.push_head(&who, 8), Ok(PushOutcome::Full));
    // popHead returns the newest; popTail the oldest.
    assert!(matches!(d.pop_head(&who), Ok(PopOutcome::Popped(7, _))));
    assert!(matches!(d.pop_tail(), PopOutcome::Popped(0, _)));

    let (mut c, who) = PoolChain::<u32>::new(Pid(0), 0);
    let mut notes = Vec::new();
    for i in 0..(8 + 16 + 1) {
        c.push_head(&who, i, &mut |n| notes.push(n)).unwrap();
    }
    let sizes: Vec<usize> = c.rings().map(|(_, e)| e.dequeue().len()).collect();
    assert_eq!(sizes, [8, 16, 32]);
    assert_eq!(notes.first(), Some(&ChainNote::Init { ring: 0, size: 8 }));
    assert!(notes.contains(&ChainNote::Grow { ring: 2, size: 32 }));
    // Tail pops drain ring 0 in FIFO order, then unlink it.
    let mut got = Vec::new();
    let mut notes = Vec::new();
    for _ in 0..9 {
        if let ChainPop::Popped(v, rs) = c.pop_tail(&mut |n| notes.push(n)) {
            got.push((v, rs.ring));
        }
    }
    assert_eq!(got[..8], (0..8).map(|v| (v, 0)).collect::<Vec<_>>()[..]);
    assert_eq!(got[8], (8, 1));
    assert!(notes.contains(&ChainNote::Unlink {
        ring: 0,
        new_tail: 1
    }));
    assert_eq!(c.rings().next().map(|(n, _)| n), Some(1));
}

/// A step machine moved to another ring mid-operation is refused, not a panic
/// (the slot it computed does not exist there).
#[test]
fn a_machine_on_the_wrong_ring_does_not_panic() {
    let (mut big, who) = PoolDequeue::<u32>::new(16, Pid(0), 12).unwrap();
    let (mut small, _) = PoolDequeue::<u32>::new(8, Pid(0), 0).unwrap();
    let mut op = PushHead::new(1);
    assert_eq!(op.step(&mut big, &who), Ok(Poll::Pending)); // loaded: slot 12
    assert_eq!(
        op.step(&mut small, &who),
        Ok(Poll::Ready(PushOutcome::SlotBusy))
    );
    let (mut d, who) = PoolDequeue::<u32>::new(16, Pid(0), 12).unwrap();
    d.push_head(&who, 5).unwrap();
    let mut pop = PopTail::new();
    assert_eq!(pop.step(&mut d), Poll::Pending); // load
    assert_eq!(pop.step(&mut d), Poll::Pending); // CAS: owns slot 12
    assert_eq!(pop.step(&mut small), Poll::Pending); // read
    assert_eq!(pop.step(&mut small), Poll::Ready(PopOutcome::Empty));
}

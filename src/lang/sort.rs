//! Stable sorting through one shared, non-generic sort, to keep the Wasm bundle small.
//!
//! `slice::sort_by` is generic: every element type and comparator gets its own copy of
//! std's driftsort (about 4 KB of Wasm each), and the front end, checker and runtime sort
//! ten different kinds of things. These helpers sort a permutation of `u32` indices with a
//! `dyn` comparator instead, so std's sort is instantiated once, then move the elements
//! into place by following the permutation's cycles. The extra cost is one `Vec<u32>`;
//! nothing here sorts in a hot loop. The order is the same as `sort_by`'s: stable.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`, like `v.sort_by(cmp)`.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut order: Vec<u32> = (0..v.len() as u32).collect();
    {
        let items: &[T] = v;
        sort_indices(&mut order, &mut |a, b| {
            cmp(&items[a as usize], &items[b as usize])
        });
    }
    permute(v, &mut order);
}

/// Sorts `v` stably by the key `f` gives, like `v.sort_by_key(f)`.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut f: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| f(a).cmp(&f(b)));
}

/// Sorts `v` stably, like `v.sort()`.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// The one instantiation of std's sort.
#[inline(never)]
fn sort_indices(order: &mut [u32], cmp: &mut dyn FnMut(u32, u32) -> Ordering) {
    order.sort_by(|&a, &b| cmp(a, b));
}

/// Rearranges `v` so that `v[i]` becomes the old `v[order[i]]`. Each cycle of the
/// permutation is walked once with swaps; `order[j] = j` marks a position as done.
fn permute<T>(v: &mut [T], order: &mut [u32]) {
    for start in 0..v.len() {
        let mut j = start;
        loop {
            let k = order[j] as usize;
            order[j] = j as u32;
            if k == start || k == j {
                break;
            }
            v.swap(j, k);
            j = k;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_std_and_stays_stable() {
        // Pairs compared by their first half only: equal keys must keep their order.
        let mut seed = 7u64;
        for len in [0usize, 1, 2, 3, 5, 17, 64, 333] {
            let v: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 59) as u8, i)
                })
                .collect();
            let mut want = v.clone();
            want.sort_by_key(|a| a.0);
            let mut got = v.clone();
            sort_by(&mut got, |a, b| a.0.cmp(&b.0));
            assert_eq!(got, want, "len {len}");
            let mut got = v;
            sort_by_key(&mut got, |p| std::cmp::Reverse(p.0));
            want.sort_by_key(|p| std::cmp::Reverse(p.0));
            assert_eq!(got, want, "len {len}, reversed");
        }
    }

    #[test]
    fn sort_orders_strings() {
        let mut v = vec!["pear", "apple", "fig", "apple"];
        sort(&mut v);
        assert_eq!(v, ["apple", "apple", "fig", "pear"]);
    }
}

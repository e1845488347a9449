//! A vector kept in shared chunks, for the heap: cloning a machine (a time-travel snapshot)
//! copies one pointer per chunk, and a write copies only its own chunk, and only while a
//! snapshot still shares it (`Rc::make_mut`). So snapshots of a growing heap share every
//! object not written since, instead of each holding a full copy.

use std::rc::Rc;

/// Objects per chunk: a write to a shared chunk copies this many.
pub const CHUNK: usize = 256;

#[derive(Clone, Debug)]
pub struct Chunks<T> {
    chunks: Vec<Rc<Vec<T>>>,
    len: usize,
}

impl<T> Default for Chunks<T> {
    fn default() -> Self {
        Chunks {
            chunks: Vec::new(),
            len: 0,
        }
    }
}

impl<T: Clone> Chunks<T> {
    pub fn push(&mut self, v: T) {
        if self.len.is_multiple_of(CHUNK) {
            self.chunks.push(Rc::new(Vec::with_capacity(CHUNK)));
        }
        if let Some(last) = self.chunks.last_mut() {
            Rc::make_mut(last).push(v);
            self.len += 1;
        }
    }

    pub fn get_mut(&mut self, i: usize) -> Option<&mut T> {
        let c = self.chunks.get_mut(i / CHUNK)?;
        Rc::make_mut(c).get_mut(i % CHUNK)
    }
}

impl<T> Chunks<T> {
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn get(&self, i: usize) -> Option<&T> {
        self.chunks.get(i / CHUNK)?.get(i % CHUNK)
    }

    pub fn iter(&self) -> impl Iterator<Item = &T> {
        self.chunks.iter().flat_map(|c| c.iter())
    }

    /// The chunks, to tell which are shared with another clone (`Rc::ptr_eq`).
    pub fn chunks(&self) -> &[Rc<Vec<T>>] {
        &self.chunks
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clones_share_chunks_until_written() {
        let mut a = Chunks::default();
        for i in 0..(3 * CHUNK + 5) {
            a.push(i);
        }
        let mut b = a.clone();
        assert_eq!(b.len(), 3 * CHUNK + 5);
        assert_eq!(b.get(CHUNK + 1), Some(&(CHUNK + 1)));
        if let Some(x) = b.get_mut(CHUNK + 1) {
            *x = 0;
        }
        b.push(7);
        assert_eq!(a.get(CHUNK + 1), Some(&(CHUNK + 1)));
        assert_eq!(b.get(CHUNK + 1), Some(&0));
        assert_eq!(a.len() + 1, b.len());
        let shared = (a.chunks().iter())
            .zip(b.chunks())
            .filter(|(x, y)| Rc::ptr_eq(x, y))
            .count();
        // Chunk 1 was written and chunk 3 pushed to; chunks 0 and 2 are still shared.
        assert_eq!(shared, 2);
        assert_eq!(b.iter().count(), b.len());
        assert_eq!(a.get(a.len()), None);
    }
}

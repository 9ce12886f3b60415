//! A small, fast, platform-independent 64-bit hash for feature keys (stable across runs and machines, so
//! hashed feature ids can be stored in model files).

const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// Final avalanche (splitmix64).
#[inline]
pub(crate) fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Streaming hasher over bytes.
#[derive(Clone, Copy)]
pub(crate) struct Hasher(u64);

impl Hasher {
    #[inline]
    pub(crate) fn new(seed: u64) -> Hasher {
        Hasher(seed.wrapping_mul(K) ^ 0x243F_6A88_85A3_08D3)
    }
    #[inline]
    pub(crate) fn add(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(K);
    }
    #[inline]
    pub(crate) fn bytes(&mut self, b: &[u8]) {
        let mut chunks = b.chunks_exact(8);
        for c in &mut chunks {
            let mut a = [0u8; 8];
            a.copy_from_slice(c);
            self.add(u64::from_le_bytes(a));
        }
        let rest = chunks.remainder();
        let mut a = [0u8; 8];
        a[..rest.len()].copy_from_slice(rest);
        self.add(u64::from_le_bytes(a) ^ ((rest.len() as u64) << 59));
    }
    #[inline]
    pub(crate) fn finish(self) -> u64 {
        mix(self.0)
    }
}

/// Hash of a byte string.
#[inline]
pub(crate) fn hash_str(s: &str) -> u64 {
    let mut h = Hasher::new(0x5157);
    h.bytes(s.as_bytes());
    h.finish()
}

/// Hash of a feature template id with up to two values; never 0 (0 marks an empty table slot).
#[inline]
pub(crate) fn feat(template: u64, a: u64, b: u64) -> u64 {
    let mut h = Hasher::new(template);
    h.add(a);
    h.add(b);
    h.finish().max(1)
}

/// A `Hasher` for keys that are already hashes (passes the `u64` through).
#[derive(Default, Clone, Copy)]
pub(crate) struct IdHasher(u64);

impl std::hash::Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ b as u64).wrapping_mul(K);
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

/// Map keyed by pre-hashed `u64`s.
pub(crate) type IdMap<V> =
    std::collections::HashMap<u64, V, std::hash::BuildHasherDefault<IdHasher>>;

/// A fixed set of word hashes (`WordHash.of`), asked millions of times a second whether it holds
/// a token's hash. Swift's `Set<UInt64>` hashes every key again with SipHash; the keys here are
/// already FNV-1a hashes, so an open-addressed table indexed by their bits answers in a probe or
/// two. Built once, never changed.
struct WordSet: Sendable {
    /// Slots hold a key or `empty`; the table is a power of two, at most half full.
    private let slots: [UInt64]
    private let mask: Int
    /// Whether the key `empty` stands for is itself in the set (the hash 0 of no word).
    private let holdsEmptyKey: Bool
    private static let empty: UInt64 = 0
    /// The most a table is filled, in slots per key.
    private static let slotsPerKey = 2

    init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
        let unique = Array(Set(keys))
        var capacity = 8
        while capacity < unique.count * Self.slotsPerKey { capacity <<= 1 }
        var slots = [UInt64](repeating: Self.empty, count: capacity)
        let mask = capacity - 1
        var holdsEmptyKey = false
        for key in unique {
            if key == Self.empty { holdsEmptyKey = true; continue }
            var i = Self.slot(key, mask)
            while slots[i] != Self.empty { i = (i + 1) & mask }
            slots[i] = key
        }
        self.slots = slots
        self.mask = mask
        self.holdsEmptyKey = holdsEmptyKey
    }

    /// The first slot to probe: the hash's high bits, mixed down (FNV-1a's low bits are weak).
    @inline(__always) private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: ((key ^ (key >> 29)) &* 0xbf58_476d_1ce4_e5b9) >> 32) & mask
    }

    /// The keys the set holds, in no order.
    var keys: [UInt64] { slots.filter { $0 != Self.empty } + (holdsEmptyKey ? [Self.empty] : []) }

    /// The keys of this set and of `other`.
    func union(_ other: WordSet) -> WordSet { WordSet(keys + other.keys) }

    @inline(__always) func contains(_ key: UInt64) -> Bool {
        if key == Self.empty { return holdsEmptyKey }
        var i = Self.slot(key, mask)
        while true {
            let k = slots[i]
            if k == key { return true }
            if k == Self.empty { return false }
            i = (i + 1) & mask
        }
    }
}

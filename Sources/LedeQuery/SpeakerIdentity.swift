import LedeAnalysis

/// When two speaker keys name one person across articles.
enum SpeakerIdentity {
    /// For each key that is a surname alone (`trump`), the one full-name key among `keys` that
    /// ends in it (`donald trump`). A surname that two full names end in stays apart, and only
    /// names that may be a person's take part: `police` does not join `british transport
    /// police`, nor `npr` the phrase `projections by cnn and npr`.
    static func fullNames(forSurnamesIn keys: some Collection<String>) -> [String: String] {
        let keys = Array(keys)
        var owners: [String: String] = [:]
        for join in surnameJoins(in: keys) { owners[keys[join.surname]] = keys[join.owner] }
        return owners
    }

    /// `fullNames` by place in `keys`, for a listing that keeps its speakers in an array.
    static func surnameJoins(in keys: [String]) -> [SurnameJoin] {
        // Tens of thousands of keys: each is walked once as UTF-8 bytes, and surnames alone
        // are found by their bytes' hash, without a Substring or a String hash per key.
        var alone = KeyTable(capacity: keys.count)
        var lastSpaces = [Int?](repeating: nil, count: keys.count)
        for index in keys.indices {
            var key = keys[index]
            key.withUTF8 { bytes in
                if let lastSpace = bytes.lastIndex(of: UInt8(ascii: " ")) {
                    lastSpaces[index] = lastSpace
                } else {
                    alone.insert(index, bytes: bytes, keys: keys)
                }
            }
        }
        /// The one full name found so far for each surname (by place), or `ambiguous` once
        /// there are two.
        let unowned = -1, ambiguous = -2
        var owners = [Int](repeating: unowned, count: keys.count)
        for index in keys.indices {
            guard let lastSpace = lastSpaces[index] else { continue }
            var key = keys[index]
            // Only full names whose surname is also a key alone can own one: the cheap test
            // first, the lexicon's (a few look-ups per word) only for those.
            guard let surname = key.withUTF8({ alone.find(UnsafeBufferPointer(rebasing: $0[(lastSpace + 1)...]), keys: keys) }),
                  PersonName.mayBePersonal(key: key)
            else { continue }
            owners[surname] = owners[surname] == unowned ? index : ambiguous
        }
        return owners.indices.compactMap { surname in owners[surname] >= 0 ? SurnameJoin(surname: surname, owner: owners[surname]) : nil }
    }
}

/// Keys found by their UTF-8 bytes: an open-addressing table of places in a key array,
/// hashed with FNV-1a. Equal bytes are equal keys (the keys are folded as stored).
private struct KeyTable {
    private var slots: [Int]
    private let mask: Int
    private static let empty = -1

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int](repeating: Self.empty, count: size)
        mask = size - 1
    }

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash)
    }

    /// Adds the key at `index` (whose bytes are `bytes`), unless an equal one is there.
    mutating func insert(_ index: Int, bytes: UnsafeBufferPointer<UInt8>, keys: [String]) {
        var slot = Self.hash(bytes) & mask
        while slots[slot] != Self.empty {
            if Self.equal(keys[slots[slot]], bytes) { return }
            slot = (slot + 1) & mask
        }
        slots[slot] = index
    }

    /// The place of the key whose bytes are `bytes`, if it is in the table.
    func find(_ bytes: UnsafeBufferPointer<UInt8>, keys: [String]) -> Int? {
        var slot = Self.hash(bytes) & mask
        while slots[slot] != Self.empty {
            if Self.equal(keys[slots[slot]], bytes) { return slots[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private static func equal(_ key: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var key = key
        return key.withUTF8 { $0.elementsEqual(bytes) }
    }
}

/// A surname alone and the one full name that ends in it, by their places in a list of keys.
struct SurnameJoin: Equatable {
    var surname: Int
    var owner: Int
}

/// Where a speaker stands in the `speakers` listing: most quotes first, then most articles,
/// then by name. Integers only, so that sorting tens of thousands of speakers moves no
/// strings, and most ties between names are settled by their first bytes.
struct SpeakerOrder {
    var quotes: Int
    var articles: Int
    /// The name's first bytes as one number, when the whole name is ASCII (where byte order
    /// is `String`'s order), else nil.
    var asciiPrefix: UInt64?
    /// The speaker's place in the listing's arrays.
    var index: Int

    /// Bytes of a name that `asciiPrefix` holds.
    static let prefixBytes = MemoryLayout<UInt64>.size

    init(quotes: Int, articles: Int, name: String, index: Int) {
        self.quotes = quotes
        self.articles = articles
        self.index = index
        asciiPrefix = Self.asciiPrefix(of: name)
    }

    /// The first `prefixBytes` bytes, big-endian, zero after a shorter name's end: numbers
    /// that differ order as the names do (a name that ends first is the smaller, as a zero
    /// byte is).
    static func asciiPrefix(of name: String) -> UInt64? {
        var name = name
        return name.withUTF8 { bytes -> UInt64? in
            var prefix: UInt64 = 0
            for (offset, byte) in bytes.enumerated() {
                guard byte < 0x80 else { return nil }
                if offset < prefixBytes { prefix |= UInt64(byte) << (8 * UInt64(prefixBytes - 1 - offset)) }
            }
            return prefix
        }
    }

    /// Whether `a` comes before `b`; `names` are the speakers' names by `index`.
    static func precedes(_ a: SpeakerOrder, _ b: SpeakerOrder, names: [String]) -> Bool {
        if a.quotes != b.quotes { return a.quotes > b.quotes }
        if a.articles != b.articles { return a.articles > b.articles }
        if let first = a.asciiPrefix, let second = b.asciiPrefix, first != second { return first < second }
        return names[a.index] < names[b.index]
    }
}

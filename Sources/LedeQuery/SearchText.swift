import LedeStore
import Foundation

/// How find sees text: words folded to lowercase without diacritics, possessives dropped,
/// the same way for the query, the snippet and FTS5's `unicode61 remove_diacritics 2`.
public enum SearchText {
    /// FTS5 columns a query may name.
    static let fields: Set<String> = ["title", "body"]

    /// Folded words of `text`: `Lukyánov’s` → `["lukyanov"]`, `al-Hamza` → `["al", "hamza"]`.
    public static func words(_ text: String) -> [String] {
        var result: [String] = []
        scan(text) { word, _ in result.append(word) }
        return result
    }

    /// The first Character boundary at or after byte `offset`, reading Characters from `start`
    /// (itself a boundary), or the end of `bytes`.
    static func characterBoundary(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, atOrAfter offset: Int) -> Int {
        guard offset < bytes.count else { return bytes.count }
        // A cluster rarely spans more than a few scalars; read a little past `offset`.
        var limit = min(bytes.count, offset + 64)
        while limit < bytes.count, bytes[limit] & 0xC0 == 0x80 { limit += 1 }  // whole scalars only
        var boundary = start
        for character in String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<limit]), as: UTF8.self) {
            boundary += character.utf8.count
            if boundary >= offset { return boundary }
        }
        return limit
    }

    /// Calls `body` with each folded word of `text` and its range in UTF-8 bytes. A word is a run
    /// of letters and digits (with the combining marks on them); `'s` or `’s` after a word is a
    /// possessive and dropped. Reads the bytes in place; only words outside ASCII go through
    /// Foundation's folding, and most news text has none.
    static func scan(_ text: String, _ body: (String, Range<Int>) -> Void) {
        scanBytes(text) { word, range in body(String(decoding: word, as: UTF8.self), range) }
    }

    /// `scan` without making strings: each word as its folded UTF-8 bytes, valid during the call.
    static func scanBytes(_ text: String, _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Void) {
        withUTF8(text) { scan(utf8: $0, body) }
    }

    /// `text`'s UTF-8 bytes in place (native strings, nearly all of ours, are contiguous already).
    static func withUTF8<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var text = text
        return text.withUTF8(body)
    }

    /// The scalar at byte `i` of well-formed UTF-8, and its length in bytes.
    @inline(__always) static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
        func continuation(_ k: Int) -> UInt32 { UInt32(bytes[i + k]) & 0x3F }
        let (value, length): (UInt32, Int) =
            b0 < 0xE0 ? ((b0 & 0x1F) << 6 | continuation(1), 2)
            : b0 < 0xF0 ? ((b0 & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3)
            : ((b0 & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    static func scan(utf8 bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Void) {
        let n = bytes.count
        // Lowercased ASCII words are written here; no word is longer than the text.
        let lowered = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(n, 1))
        defer { lowered.deallocate() }
        var i = 0
        while i < n {
            if bytes[i] < 0x80 {
                guard isASCIIWordByte(bytes[i]) else { i += 1; continue }
            } else {
                let (first, length) = decode(bytes, at: i)
                guard isWordStart(first) else { i += length; continue }
            }
            let start = i
            var count = 0
            var isASCII = true
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    guard isASCIIWordByte(b) else { break }
                    lowered[count] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                    count += 1
                    i += 1
                } else {
                    // The first scalar is a word start, so a mark here is on a letter of the word.
                    let (scalar, length) = decode(bytes, at: i)
                    guard isWordStart(scalar) || isMark(scalar) else { break }
                    isASCII = false
                    i += length
                }
            }
            if isASCII {
                body(UnsafeBufferPointer(rebasing: lowered[0..<count]), start..<i)
            } else {
                var folded = fold(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                folded.withUTF8 { body($0, start..<i) }
            }
            // A possessive: the name is the word; the 's is dropped.
            guard i < n else { break }
            let (mark, markLength) = decode(bytes, at: i)
            guard mark == "'" || mark == "\u{2019}", i + markLength < n else { continue }
            let (letter, letterLength) = decode(bytes, at: i + markLength)
            guard letter == "s" || letter == "S" else { continue }
            let after = i + markLength + letterLength
            if after == n || !isWordStart(decode(bytes, at: after).scalar) { i = after }
        }
    }

    @inline(__always) static func isASCIIWordByte(_ b: UInt8) -> Bool {
        (b &- 0x30) < 10 || ((b | 0x20) &- 0x61) < 26
    }

    /// A letter or a digit, as `Character.isLetter` and `isNumber` judge a Character's first scalar.
    @inline(__always) static func isWordStart(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return (v >= 0x30 && v <= 0x39) || ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A) }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    @inline(__always) static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x300 else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    public static func fold(_ word: String) -> String {
        word.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
    }

    /// The query without its `not` parts: what an index look-up may narrow by when the
    /// exclusion applies to a smaller text (a quote, a sentence) than the indexed one.
    public static func positivePart(_ node: SearchNode) -> SearchNode {
        switch node {
        case .not(let kept, _): return positivePart(kept)
        case .and(let nodes): return .and(nodes.map(positivePart))
        case .or(let nodes): return .or(nodes.map(positivePart))
        case .field(_, let inner): return positivePart(inner)  // the sentence index has one column
        default: return node
        }
    }

    static func isSimple(_ node: SearchNode) -> Bool {
        switch node {
        case .term, .phrase, .near: return true
        default: return false
        }
    }

    /// Whether `text` satisfies the query, evaluated in Swift (for quotes and sentences, which
    /// are not in the FTS index). `field:` parts match the whole text.
    public static func matches(_ node: SearchNode, words: [String]) -> Bool {
        switch node {
        case .term(let word, let prefix):
            return words.contains { prefix ? $0.hasPrefix(word) : $0 == word }
        case .phrase(let phrase):
            guard phrase.count <= words.count else { return false }
            return (0...(words.count - phrase.count)).contains { start in
                phrase.indices.allSatisfy { words[start + $0] == phrase[$0] }
            }
        case .near(let nodes, let distance):
            let positions = nodes.map { positionsOf($0, in: words) }
            guard positions.allSatisfy({ !$0.isEmpty }) else { return false }
            return positions[0].contains { anchor in
                positions.dropFirst().allSatisfy { $0.contains { abs($0 - anchor) <= distance + 1 } }
            }
        case .field(_, let inner): return matches(inner, words: words)
        case .and(let nodes): return nodes.allSatisfy { matches($0, words: words) }
        case .or(let nodes): return nodes.contains { matches($0, words: words) }
        case .not(let positive, let negative): return matches(positive, words: words) && !matches(negative, words: words)
        }
    }

    static func positionsOf(_ node: SearchNode, in words: [String]) -> [Int] {
        switch node {
        case .term(let word, let prefix):
            return words.indices.filter { prefix ? words[$0].hasPrefix(word) : words[$0] == word }
        case .phrase(let phrase):
            guard phrase.count <= words.count else { return [] }
            return (0...(words.count - phrase.count)).filter { start in phrase.indices.allSatisfy { words[start + $0] == phrase[$0] } }
        default:
            return []
        }
    }
}

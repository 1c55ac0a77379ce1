/// One word, number or mark of a paragraph, as the temporal rules see it.
struct TemporalToken {
    enum Kind: UInt8 { case word, number, punct }

    var kind: Kind
    /// Byte offsets in the paragraph's UTF-8, end exclusive.
    var start: Int32
    var end: Int32
    /// Unicode scalar offsets, end exclusive.
    var scalarStart: Int32
    var scalarEnd: Int32
    /// Hash of the lowercased word (for marks: of the normalized mark).
    var hash: UInt64
    var lex: LexEntry
    /// For numbers: the value (saturating), and how many digits.
    var number: Int32
    var digits: UInt8
    /// Whitespace comes before this token (or it starts the paragraph).
    var spaceBefore: Bool
    /// The first letter is a capital.
    var capitalized: Bool
    /// For marks: the mark, with curly quotes folded to ASCII (’ → ', “ → ") and dashes to "-".
    var mark: UInt8
}

/// The punctuation bytes the rules look for, by name: `isMark(i, Mark.hyphen)` rather than `0x2D`.
/// Typographic dashes and quotes are folded into these by the tokenizer.
enum Mark {
    static let hyphen = UInt8(ascii: "-")
    static let period = UInt8(ascii: ".")
    static let comma = UInt8(ascii: ",")
    static let apostrophe = UInt8(ascii: "'")
    static let quote = UInt8(ascii: "\"")
    static let backtick = UInt8(ascii: "`")
    static let question = UInt8(ascii: "?")
    static let exclamation = UInt8(ascii: "!")
    static let colon = UInt8(ascii: ":")
    static let semicolon = UInt8(ascii: ";")
    static let slash = UInt8(ascii: "/")
    static let percent = UInt8(ascii: "%")
    static let dollar = UInt8(ascii: "$")
    static let numberSign = UInt8(ascii: "#")
    static let openParenthesis = UInt8(ascii: "(")
    static let closeParenthesis = UInt8(ascii: ")")
}

/// Splits a paragraph's UTF-8 into temporal tokens by hand, counting scalars as it goes.
enum TemporalTokenizer {
    static func tokenize(_ p: UnsafeBufferPointer<UInt8>) -> [TemporalToken] {
        var tokens: [TemporalToken] = []
        tokens.reserveCapacity(p.count / 5 + 4)
        let n = p.count
        var i = 0
        var scalar: Int32 = 0
        var spaceBefore = true
        let table = TemporalLexicon.table
        while i < n {
            let b = p[i]
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
                i += 1
                scalar += 1
                spaceBefore = true
                continue
            }
            let start = i
            let scalarStart = scalar
            if b >= 0x30 && b <= 0x39 {
                var value: Int32 = 0
                var digits: UInt8 = 0
                while i < n, p[i] >= 0x30 && p[i] <= 0x39 {
                    if value < 100_000_000 { value = value * 10 + Int32(p[i] - 0x30) }
                    digits &+= 1
                    i += 1
                }
                scalar += Int32(i - start)
                tokens.append(TemporalToken(
                    kind: .number, start: Int32(start), end: Int32(i), scalarStart: scalarStart, scalarEnd: scalar,
                    hash: 0, lex: .none, number: value, digits: digits, spaceBefore: spaceBefore,
                    capitalized: false, mark: 0))
                spaceBefore = false
                continue
            }
            if isLetterStart(p, i) {
                var h: UInt64 = 0xcbf2_9ce4_8422_2325
                let capitalized = b >= 65 && b <= 90
                while i < n {
                    let c = p[i]
                    if c < 0x80 {
                        if (c >= 97 && c <= 122) || (c >= 65 && c <= 90) {
                            h = (h ^ UInt64(c | 0x20)) &* 0x100_0000_01b3
                            i += 1
                            scalar += 1
                            continue
                        }
                        if c == Mark.apostrophe, isApostropheInsideWord(p, i, width: 1) {
                            h = (h ^ UInt64(Mark.apostrophe)) &* 0x100_0000_01b3
                            i += 1
                            scalar += 1
                            continue
                        }
                        break
                    }
                    // Non-ASCII: the right single quote is an apostrophe; other letters belong to the word.
                    if c == 0xE2, i + 2 < n, p[i + 1] == 0x80, p[i + 2] == 0x99 {
                        if isApostropheInsideWord(p, i, width: 3) {
                            h = (h ^ UInt64(Mark.apostrophe)) &* 0x100_0000_01b3
                            i += 3
                            scalar += 1
                            continue
                        }
                        break
                    }
                    guard isLetterStart(p, i) else { break }
                    let width = utf8Width(c)
                    for k in 0..<width where i + k < n { h = (h ^ UInt64(p[i + k])) &* 0x100_0000_01b3 }
                    i += width
                    scalar += 1
                }
                tokens.append(TemporalToken(
                    kind: .word, start: Int32(start), end: Int32(i), scalarStart: scalarStart, scalarEnd: scalar,
                    hash: h, lex: table.lookup(h), number: 0, digits: 0, spaceBefore: spaceBefore,
                    capitalized: capitalized, mark: 0))
                spaceBefore = false
                continue
            }
            // A mark, or a non-ASCII space.
            var mark = b
            var width = 1
            if b >= 0x80 {
                width = utf8Width(b)
                if b == 0xC2, i + 1 < n, p[i + 1] == 0xA0 {  // no-break space
                    i += 2
                    scalar += 1
                    spaceBefore = true
                    continue
                }
                if b == 0xE2, i + 2 < n, p[i + 1] == 0x80 {
                    switch p[i + 2] {
                    case 0x98, 0x99: mark = Mark.apostrophe
                    case 0x9C, 0x9D: mark = Mark.quote
                    case 0x90, 0x91, 0x92, 0x93, 0x94: mark = Mark.hyphen
                    case 0x80...0x8A, 0xAF:  // typographic spaces
                        i += 3
                        scalar += 1
                        spaceBefore = true
                        continue
                    default: mark = 0x80
                    }
                } else {
                    mark = 0x80
                }
            }
            i = min(n, i + width)
            scalar += 1
            tokens.append(TemporalToken(
                kind: .punct, start: Int32(start), end: Int32(i), scalarStart: scalarStart, scalarEnd: scalar,
                hash: (0xcbf2_9ce4_8422_2325 ^ UInt64(mark)) &* 0x100_0000_01b3, lex: .none, number: 0, digits: 0,
                spaceBefore: spaceBefore, capitalized: false, mark: mark))
            spaceBefore = false
        }
        return tokens
    }

    @inline(__always)
    static func utf8Width(_ b: UInt8) -> Int {
        if b < 0x80 { return 1 }
        if b < 0xE0 { return 2 }
        if b < 0xF0 { return 3 }
        return 4
    }

    /// Whether the scalar at byte `i` is a letter (ASCII letters; non-ASCII letters decoded).
    @inline(__always)
    static func isLetterStart(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = p[i]
        if b < 0x80 { return (b >= 97 && b <= 122) || (b >= 65 && b <= 90) }
        return decode(p, i)?.properties.isAlphabetic ?? false
    }

    static func decode(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Unicode.Scalar? {
        let b = p[i]
        let width = utf8Width(b)
        guard i + width <= p.count, width > 1 else { return nil }
        var v = UInt32(b) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for k in 1..<width { v = (v << 6) | (UInt32(p[i + k]) & 0x3F) }
        return Unicode.Scalar(v)
    }

    /// An apostrophe between letters stays inside the word ("o'clock", "didn't"), except the
    /// possessive "'s" at a word's end, which becomes its own two tokens.
    @inline(__always)
    static func isApostropheInsideWord(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, width: Int) -> Bool {
        let next = i + width
        guard next < p.count else { return false }
        let c = p[next]
        guard (c >= 97 && c <= 122) || (c >= 65 && c <= 90) else { return false }
        if c == 115 || c == 83 {  // 's
            let after = next + 1
            if after >= p.count { return false }
            let d = p[after]
            if !((d >= 97 && d <= 122) || (d >= 65 && d <= 90)) { return false }
        }
        return true
    }
}

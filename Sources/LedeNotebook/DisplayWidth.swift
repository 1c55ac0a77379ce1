/// How many terminal cells text takes, as terminals draw it: East Asian wide and fullwidth
/// characters and emoji take two, combining marks, joiners and variation selectors none, the
/// rest one. Counted per grapheme cluster (`Character`), so a base letter with its accents, or
/// an emoji sequence joined with ZWJ, is measured once.
public enum DisplayWidth {
    /// Cells taken by `text`.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        // Most text is ASCII: a byte is a cell.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.count }
        return ofMixed(Substring(text))
    }

    /// Text with some non-ASCII in it, such as a snippet with curly quotes: only the stretches
    /// around non-ASCII bytes are read as Characters. Between two ASCII characters there is
    /// always a grapheme boundary (but inside CR LF), so an ASCII character with ASCII on both
    /// sides is a cluster of its own, one cell wide (none is a mark or a format character);
    /// what is left is measured Character by Character, as it would be within the whole text.
    static func ofMixed(_ text: Substring) -> Int {
        let bytes = text.utf8
        var cells = 0
        // Where the stretch read as Characters starts, when one is open.
        var stretchStart: Substring.UTF8View.Index?
        var previous: UInt8?
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let next = bytes.index(after: index)
            let following = next == bytes.endIndex ? nil : bytes[next]
            let standsAlone = byte < 0x80
                && (previous.map { $0 < 0x80 && !($0 == carriageReturn && byte == lineFeed) } ?? true)
                && (following.map { $0 < 0x80 && !(byte == carriageReturn && $0 == lineFeed) } ?? true)
            previous = byte
            if standsAlone {
                if let start = stretchStart {
                    // The stretch ends before this character, which begins a cluster of its own.
                    cells += text[start..<index].reduce(0) { $0 + of($1) }
                    stretchStart = nil
                }
                cells += 1
            } else if stretchStart == nil {
                stretchStart = index
            }
            index = next
        }
        if let start = stretchStart { cells += text[start...].reduce(0) { $0 + of($1) } }
        return cells
    }

    static let carriageReturn = UInt8(ascii: "\r")
    static let lineFeed = UInt8(ascii: "\n")

    /// Cells taken by one grapheme cluster: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        var base: Unicode.Scalar?
        for scalar in character.unicodeScalars {
            if base == nil {
                if isZeroWidth(scalar) { continue }
                base = scalar
                if isWide(scalar) || scalar.properties.isEmojiPresentation { return 2 }
            } else if scalar == emojiPresentationSelector, let base, base.properties.isEmoji {
                // `❤` is text-wide until VS16 asks for the emoji: `❤️`.
                return 2
            }
        }
        return base == nil ? 0 : 1
    }

    /// The longest prefix of `text` that fits in `cells`, cut between grapheme clusters; at
    /// least one cluster when `text` is not empty, so that a line always moves on.
    public static func prefix(_ text: Substring, fitting cells: Int) -> Substring {
        var used = 0
        var end = text.startIndex
        for character in text {
            let width = of(character)
            if used + width > cells && end > text.startIndex { break }
            used += width
            end = text.index(after: end)
            if used >= cells { break }
        }
        return text[..<end]
    }

    /// VARIATION SELECTOR-16, which asks for the emoji presentation of the character before it.
    static let emojiPresentationSelector: Unicode.Scalar = "\u{FE0F}"

    /// Marks drawn on the character before them, and invisible format characters (zero-width
    /// joiner and space, variation selectors, direction marks).
    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return (0x1160...0x11FF).contains(scalar.value)  // Hangul medial vowels and final consonants
        }
    }

    /// East Asian Width W or F, but for emoji (Unicode 15 ranges, as `wcwidth` implementations list them).
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        guard value >= 0x1100 else { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = wideRanges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    /// Sorted, not overlapping. Emoji are left to `isEmojiPresentation`, which marks exactly
    /// the pictographs that are wide (🌍 but not 🌡 without VS16).
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,  // Hangul Jamo initial consonants
        0x2329...0x232A,  // angle brackets
        0x2E80...0x303E,  // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
        0x3041...0x33FF,  // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK compatibility
        0x3400...0x4DBF,  // CJK Extension A
        0x4E00...0x9FFF,  // CJK Unified Ideographs
        0xA000...0xA4CF,  // Yi
        0xA960...0xA97F,  // Hangul Jamo Extended-A
        0xAC00...0xD7A3,  // Hangul syllables
        0xF900...0xFAFF,  // CJK compatibility ideographs
        0xFE10...0xFE19,  // vertical forms
        0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
        0xFF00...0xFF60,  // fullwidth forms
        0xFFE0...0xFFE6,  // fullwidth signs
        0x16FE0...0x16FE4, 0x16FF0...0x16FF1,  // ideographic symbols
        0x17000...0x18CD5,  // Tangut
        0x1AFF0...0x1B2FB,  // Kana supplement and extensions, Nushu
        0x1F200...0x1F2FF,  // enclosed ideographic supplement
        0x20000...0x2FFFD,  // CJK Extensions B–F
        0x30000...0x3FFFD,  // CJK Extension G and later
    ]
}

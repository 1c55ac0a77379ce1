/// A word or mark of a paragraph, in Unicode scalar offsets. Words carry a hash of their
/// lowercased form so lexicon look-ups need no `String`.
struct Token {
    enum Kind: UInt8 {
        case word, number, comma, period, colon, semicolon, dash, openParen, closeParen
        /// `’s` or `'s` after a word.
        case possessive
        case openDouble, closeDouble, openSingle, closeSingle
        case other
    }

    var start: Int32
    var end: Int32
    var kind: Kind
    /// The first letter is uppercase.
    var capitalized: Bool
    /// A full stop that ends an abbreviation or initial (`Mr.`, `J.`), not a sentence.
    var abbreviation: Bool = false
    /// FNV-1a of the lowercased word with straight apostrophes; 0 for marks.
    var hash: UInt64

    var isWord: Bool { kind == .word || kind == .number }
    var isOpenQuote: Bool { kind == .openDouble || kind == .openSingle }
    var isCloseQuote: Bool { kind == .closeDouble || kind == .closeSingle }
    var length: Int { Int(end - start) }
}

/// Hashes lowercased words the same way the tokenizer does, for lexicon tables.
enum WordHash {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    @inline(__always) static func step(_ h: UInt64, _ value: UInt32) -> UInt64 {
        (h ^ UInt64(value)) &* prime
    }

    @inline(__always) static func fold(_ v: UInt32) -> UInt32 {
        if v >= 65 && v <= 90 { return v + 32 }
        if v == 0x2019 || v == 0x2018 { return 39 }
        return v
    }

    static func of(_ word: String) -> UInt64 {
        var h = offset
        for s in word.unicodeScalars { h = step(h, fold(s.value)) }
        return h
    }

    static func set(_ words: Set<String>) -> WordSet { WordSet(words.map(of)) }
}

/// Splits a paragraph into tokens with one pass over its scalars.
enum Tokenizer {
    static let possessiveHash = WordHash.of("'s")

    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return (v >= 97 && v <= 122) || (v >= 65 && v <= 90) }
        return s.properties.isAlphabetic
    }

    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }

    @inline(__always) static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return v >= 65 && v <= 90 }
        return s.properties.isUppercase
    }

    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\n" || s == "\t" || s == "\u{A0}" || s == "\r"
    }

    static func tokenize(_ s: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(s.count / 4)
        let n = s.count
        var i = 0
        while i < n {
            let c = s[i]
            if isSpace(c) { i += 1; continue }
            if isLetter(c) || isDigit(c) {
                let start = i
                var h = WordHash.offset
                var allDigits = true
                while i < n {
                    let d = s[i]
                    if isLetter(d) || isDigit(d) {
                        if !isDigit(d) { allDigits = false }
                        h = WordHash.step(h, WordHash.fold(d.value))
                        i += 1
                        continue
                    }
                    guard i + 1 < n else { break }
                    let next = s[i + 1]
                    if d == "&", isUpper(next), isUpper(s[i - 1]) {
                        // AT&T, PG&E, S&P.
                        h = WordHash.step(h, 38); i += 1; continue
                    }
                    if d == "-" || d == "\u{2011}", isLetter(next) || isDigit(next) {
                        h = WordHash.step(h, 45); i += 1; continue
                    }
                    if d == "\u{2019}" || d == "'" {
                        // `’s` followed by a non-letter is a possessive of its own.
                        if next == "s" || next == "S", i + 2 >= n || !isLetter(s[i + 2]) { break }
                        if isLetter(next) { h = WordHash.step(h, 39); i += 1; continue }
                        break
                    }
                    if d == "." || d == ",", isDigit(next), allDigits { h = WordHash.step(h, d.value); i += 1; continue }
                    if d == ".", isLetter(next), !isUpper(next), i - start >= 2, isLetter(s[i - 1]) {
                        // Domain names: Znak.com, will.i.am.
                        h = WordHash.step(h, 46); i += 1; continue
                    }
                    if d == ".", isLetter(next), i + 2 < n, s[i + 2] == ".", i - start == 1 || s[i - 2] == "." {
                        // Acronyms with dots: U.S., a.m., D.C.
                        h = WordHash.step(h, 46); i += 1; continue
                    }
                    break
                }
                var token = Token(start: Int32(start), end: Int32(i), kind: allDigits ? .number : .word, capitalized: isUpper(c), hash: h)
                if !token.capitalized, i - start > 3, isNameParticle(s, start, i) { token.capitalized = true }
                if allDigits { token.capitalized = false }
                tokens.append(token)
                continue
            }
            let start = Int32(i)
            var kind = Token.Kind.other
            switch c {
            case ",": kind = .comma
            case ".", "!", "?", "\u{2026}": kind = .period
            case ":": kind = .colon
            case ";": kind = .semicolon
            case "-", "\u{2013}", "\u{2014}", "\u{2015}": kind = .dash
            case "(", "[": kind = .openParen
            case ")", "]": kind = .closeParen
            case "\u{201C}", "\u{201E}":
                // `percent.“ ` — a curly opening mark typed where a closing one belongs.
                let prev: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
                let next: Unicode.Scalar? = i + 1 < n ? s[i + 1] : nil
                let afterWord = prev.map { !isSpace($0) && $0 != "(" && $0 != "[" && $0 != "\u{2014}" } ?? false
                kind = afterWord && (next == nil || isSpace(next!)) ? .closeDouble : .openDouble
            case "\u{201D}":
                // `”Fear. I am …` at the start of a paragraph: a closing mark typed for an opening one.
                let prev: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
                let next: Unicode.Scalar? = i + 1 < n ? s[i + 1] : nil
                let atStart = prev == nil || isSpace(prev!) || prev == "(" || prev == "["
                kind = atStart && next != nil && (isLetter(next!) || isDigit(next!) || next == "\u{2026}") ? .openDouble : .closeDouble
            case "\"":
                let prev: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
                let next: Unicode.Scalar? = i + 1 < n ? s[i + 1] : nil
                if prev == nil || isSpace(prev!) || prev == "(" || prev == "[" || prev == "\u{2014}" || prev == "\u{2013}" || prev == "-" || prev == "/" || prev == "\u{2018}" {
                    kind = next == nil || isSpace(next!) ? .closeDouble : .openDouble
                } else {
                    kind = .closeDouble
                }
            case "'" where i + 1 < n && s[i + 1] == "'":
                // `''Time's a wasting,'' he said.`: two apostrophes stand for a double mark (the
                // style of some newspapers' archives); open or close as a straight double mark.
                let prev: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
                let next: Unicode.Scalar? = i + 2 < n ? s[i + 2] : nil
                if prev == nil || isSpace(prev!) || prev == "(" || prev == "[" || prev == "\u{2014}" || prev == "\u{2013}" || prev == "-" || prev == "/" {
                    kind = next == nil || isSpace(next!) ? .closeDouble : .openDouble
                } else {
                    kind = .closeDouble
                }
                i += 2
                tokens.append(Token(start: start, end: Int32(i), kind: kind, capitalized: false, hash: 0))
                continue
            case "\u{2018}": kind = .openSingle
            case "\u{2019}", "'":
                let prev: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
                let next: Unicode.Scalar? = i + 1 < n ? s[i + 1] : nil
                if c == "'" && (prev == nil || isSpace(prev!) || prev == "\u{201C}" || prev == "\"") && next != nil && isLetter(next!) {
                    kind = .openSingle
                } else if let p = tokens.last, p.end == Int32(i), p.isWord, next == "s" || next == "S", i + 2 >= n || !isLetter(s[i + 2]) {
                    kind = .possessive
                    i += 2
                    tokens.append(Token(start: start, end: Int32(i), kind: kind, capitalized: false, hash: Self.possessiveHash))
                    continue
                } else {
                    kind = .closeSingle
                }
            default: kind = .other
            }
            if kind == .period {
                // `...` and `?!` are one mark.
                i += 1
                while i < n, s[i] == "." || s[i] == "!" || s[i] == "?" { i += 1 }
                tokens.append(Token(start: start, end: Int32(i), kind: kind, capitalized: false, hash: 0))
                continue
            }
            i += 1
            tokens.append(Token(start: start, end: Int32(i), kind: kind, capitalized: false, hash: 0))
        }
        markAbbreviations(&tokens, s)
        return tokens
    }

    /// The most letters of a name particle (`ash`, `ibn`).
    static let longestNameParticle = 3

    /// `al-Hamza`, `bin-Laden`: an Arabic particle joined to a capitalized name.
    static func isNameParticle(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        // Asked about most lowercase words: look for the hyphen only as far as a particle reaches.
        let searchEnd = min(end, start + longestNameParticle + 1)
        var hyphen = start
        while hyphen < searchEnd, s[hyphen] != "-" { hyphen += 1 }
        guard hyphen > start, hyphen - start <= longestNameParticle, hyphen + 1 < end, isUpper(s[hyphen + 1]) else { return false }
        let prefix = String(scalars: s[start..<hyphen])
        return ["al", "el", "ad", "an", "as", "ash", "ar", "at", "az", "ibn", "bin", "abu", "ul", "ud", "ben"].contains(prefix)
    }

    static let abbreviationHashes: WordSet = WordHash.set(SentenceSplitter.abbreviations)

    /// Marks full stops after abbreviations and initials.
    static func markAbbreviations(_ tokens: inout [Token], _ s: [Unicode.Scalar]) {
        guard tokens.count > 1 else { return }
        for k in 1..<tokens.count where tokens[k].kind == .period && tokens[k].length == 1 && s[Int(tokens[k].start)] == "." {
            let w = tokens[k - 1]
            guard w.kind == .word, w.end == tokens[k].start else { continue }
            if (w.length == 1 && w.capitalized) || abbreviationHashes.contains(w.hash) {
                tokens[k].abbreviation = true
            } else if w.length >= 3, s[Int(w.end) - 2] == "." {
                // An acronym with dots (U.S.) ends a sentence only before a capitalized word
                // that is not a name; too rare to tell, so keep it inside the sentence.
                tokens[k].abbreviation = true
            }
        }
    }
}

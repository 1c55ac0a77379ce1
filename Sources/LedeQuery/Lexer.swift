/// Splits one command line into tokens. Quotes may be straight (`"…"`) or curly (`“…”`).
public enum Lexer {
    /// The quote that closes one opened by `c`, if `c` opens one. (A switch, not a dictionary:
    /// building a `[Character: Character]` cost a short command a tenth of a millisecond.)
    public static func closingQuote(_ c: Character) -> Character? {
        switch c {
        case "\"": return "\""
        case "\u{201C}": return "\u{201D}"
        default: return nil
        }
    }

    /// Whether `c` closes a quote that `closingQuote` said `closing` closes: a curly opening
    /// quote is closed by a curly or a straight one.
    public static func closes(_ c: Character, _ closing: Character) -> Bool {
        c == closing || (closing == "\u{201D}" && c == "\"")
    }

    /// The text of `characters`, built in this module (the generic `String(_:)` is far slower).
    static func text(_ characters: ArraySlice<Character>) -> String {
        var text = ""
        for c in characters { text.append(c) }
        return text
    }

    public static func tokenize(_ line: String) throws -> [Token] {
        var tokens: [Token] = []
        let characters = Array(line)
        var i = 0
        while i < characters.count {
            let c = characters[i]
            if c == " " || c == "\t" { i += 1; continue }
            if c == "#" && (i == 0 || characters[i - 1] == " ") { break }  // a comment runs to the end
            switch c {
            case "|": tokens.append(Token(.pipe, "|", i..<i + 1)); i += 1; continue
            case "(": tokens.append(Token(.openParen, "(", i..<i + 1)); i += 1; continue
            case ")": tokens.append(Token(.closeParen, ")", i..<i + 1)); i += 1; continue
            case "=": tokens.append(Token(.equals, "=", i..<i + 1)); i += 1; continue
            default: break
            }
            /// Where the quote opened at `open` closes.
            func closeOf(_ open: Int, _ closing: Character) throws -> Int {
                var k = open + 1
                while k < characters.count, !closes(characters[k], closing) { k += 1 }
                guard k < characters.count else {
                    throw QueryError("unclosed quote", at: open..<open + 1, suggestion: "close it with \(closing)")
                }
                return k
            }
            if let closing = closingQuote(c) {
                let j = try closeOf(i, closing)
                tokens.append(Token(.quoted, text(characters[(i + 1)..<j]), i..<j + 1))
                i = j + 1
                continue
            }
            var j = i
            while j < characters.count, !" \t|()\"\u{201C}".contains(characters[j]) {
                j += 1
            }
            // A field prefix followed by a quoted value: `speaker:"Fyodor Lukyanov"`.
            if j < characters.count, characters[j - 1] == ":", let closing = closingQuote(characters[j]) {
                let k = try closeOf(j, closing)
                tokens.append(Token(.word, text(characters[i..<j]) + "\"" + text(characters[(j + 1)..<k]) + "\"", i..<k + 1))
                i = k + 1
                continue
            }
            tokens.append(Token(.word, text(characters[i..<j]), i..<j))
            i = j
        }
        return tokens
    }
}

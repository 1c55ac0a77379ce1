/// Splits one command line into tokens. Quotes may be straight (`"…"`) or curly (`“…”`).
public enum Lexer {
    static let openingQuotes: [Character: Character] = ["\"": "\"", "\u{201C}": "\u{201D}"]

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
            if let closing = openingQuotes[c] {
                var j = i + 1
                while j < characters.count, characters[j] != closing, !(closing == "\u{201D}" && characters[j] == "\"") { j += 1 }
                guard j < characters.count else {
                    throw QueryError("unclosed quote", at: i..<i + 1, suggestion: "close it with \(closing)")
                }
                tokens.append(Token(.quoted, String(characters[(i + 1)..<j]), i..<j + 1))
                i = j + 1
                continue
            }
            var j = i
            while j < characters.count, !" \t|()\"\u{201C}".contains(characters[j]) {
                j += 1
            }
            // A field prefix followed by a quoted value: `speaker:"Fyodor Lukyanov"`.
            if j < characters.count, characters[j - 1] == ":", let closing = openingQuotes[characters[j]] {
                var k = j + 1
                while k < characters.count, characters[k] != closing, !(closing == "\u{201D}" && characters[k] == "\"") { k += 1 }
                guard k < characters.count else {
                    throw QueryError("unclosed quote", at: j..<j + 1, suggestion: "close it with \(closing)")
                }
                tokens.append(Token(.word, String(characters[i..<j]) + "\"" + String(characters[(j + 1)..<k]) + "\"", i..<k + 1))
                i = k + 1
                continue
            }
            tokens.append(Token(.word, String(characters[i..<j]), i..<j))
            i = j
        }
        return tokens
    }
}

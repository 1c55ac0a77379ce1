import LedeQuery

/// Gathers physical lines into one command: a trailing `\`, an open quote or an open
/// parenthesis asks for more.
public struct InputBuffer: Sendable {
    public private(set) var pending: [String] = []

    public init() {}

    public var isEmpty: Bool { pending.isEmpty }

    /// Adds a line; returns the whole command once it is complete.
    public mutating func add(_ line: String) -> String? {
        var piece = Substring(line.replacingOccurrences(of: "\n", with: " "))
        let continues = piece.hasSuffix("\\")
        if continues { piece = piece.dropLast() }
        while piece.last == " " || piece.last == "\t" { piece = piece.dropLast() }
        pending.append(String(piece))
        let joined = pending.joined(separator: " ")
        if continues || Self.isOpen(joined) { return nil }
        pending = []
        return joined
    }

    public mutating func clear() { pending = [] }

    /// True when `text` has an unclosed quote or parenthesis.
    public static func isOpen(_ text: String) -> Bool {
        var depth = 0
        var quote: Character?
        for c in text {
            if let q = quote {
                if Lexer.closes(c, q) { quote = nil }
                continue
            }
            if let closing = Lexer.closingQuote(c) {
                quote = closing
                continue
            }
            switch c {
            case "(": depth += 1
            case ")": depth -= 1
            default: break
            }
        }
        return quote != nil || depth > 0
    }
}

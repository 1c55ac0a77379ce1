/// A piece of a command line, with where it stands (in characters) for error carets.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A bare word: anything up to a space, quote, pipe or parenthesis.
        case word
        /// Text in straight or curly double quotes, without the marks.
        case quoted
        case pipe
        case openParen
        case closeParen
        case equals
    }

    public var kind: Kind
    public var text: String
    /// Character offsets in the command line, end exclusive.
    public var range: Range<Int>

    public init(_ kind: Kind, _ text: String, _ range: Range<Int>) {
        self.kind = kind
        self.text = text
        self.range = range
    }

    /// A bare word equal to `keyword`, case-insensitively.
    public func isKeyword(_ keyword: String) -> Bool {
        kind == .word && text.lowercased() == keyword
    }
}

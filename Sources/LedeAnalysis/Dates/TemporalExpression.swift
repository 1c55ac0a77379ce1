/// One temporal expression found in an article, normalized TIMEX3-style.
public struct TemporalExpression: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable { case date, time, duration, set }

    /// Index of the paragraph (0-based).
    public var paragraph: Int
    /// Where the expression stands in its paragraph, in Unicode scalars (start, end exclusive).
    public var range: Range<Int>
    /// The expression as written.
    public var text: String
    public var kind: Kind
    /// `2013-05-07`, `2012`, `2013-05`, `2013-W19`, `2013-05-07T23:00`, `P2Y`, `PAST_REF` …
    public var value: String
    /// The sentence that holds the expression.
    public var sentence: String

    public init(paragraph: Int, range: Range<Int>, text: String, kind: Kind, value: String, sentence: String) {
        self.paragraph = paragraph
        self.range = range
        self.text = text
        self.kind = kind
        self.value = value
        self.sentence = sentence
    }
}

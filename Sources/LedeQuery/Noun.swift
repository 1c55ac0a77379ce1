/// A countable noun of lede's messages, so that a count and its noun agree: "1 article",
/// "3 articles", "0 articles".
///
/// ```swift
/// Noun.article.counted(1)   // "1 article"
/// Noun.quote.counted(6)     // "6 quotes"
/// ```
public struct Noun: Sendable, Equatable {
    public var singular: String
    public var plural: String

    public init(_ singular: String, plural: String? = nil) {
        self.singular = singular
        self.plural = plural ?? singular + "s"
    }

    /// The noun as `count` wants it, without the number.
    public func form(for count: Int) -> String {
        count == 1 ? singular : plural
    }

    /// The number and the noun: `3 articles`.
    public func counted(_ count: Int) -> String {
        "\(count) \(form(for: count))"
    }

    public static let article = Noun("article")
    public static let quote = Noun("quote")
    public static let speaker = Noun("speaker")
    public static let date = Noun("date")
    public static let paragraph = Noun("paragraph")
    public static let command = Noun("command")
    public static let row = Noun("row")
}

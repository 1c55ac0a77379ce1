/// A person, organization or place named in an article.
public struct Mention: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable { case person, organization, place }

    public var paragraph: Int
    /// The full name the article gives (a surname alone is joined to the full name given earlier).
    public var name: String
    /// The name as written at this place.
    public var text: String
    public var kind: Kind

    public init(paragraph: Int, name: String, text: String, kind: Kind) {
        self.paragraph = paragraph
        self.name = name
        self.text = text
        self.kind = kind
    }
}

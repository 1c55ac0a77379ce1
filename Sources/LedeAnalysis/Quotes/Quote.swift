/// One attributed statement in an article.
public struct Quote: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// Wholly inside quote marks.
        case direct
        /// Reported speech that contains a quoted fragment; `text` is the whole reported clause.
        case mixed
        /// Reported speech with no quote marks.
        case indirect
    }

    /// Index of the paragraph (0-based) where the quote starts.
    public var paragraph: Int
    /// The quoted words without quote marks; pieces split by the attribution joined with ` … `.
    public var text: String
    /// The speaker's full name as the article gives it (after resolving surnames, titles and
    /// pronouns), or an organization; nil when no speaker was found.
    public var speaker: String?
    /// The appositive role (`former Russian deputy foreign minister`), or nil.
    public var role: String?
    /// The reporting cue: `said`, `told`, `argued`, `according to` …
    public var cue: String
    public var kind: Kind

    public init(paragraph: Int, text: String, speaker: String?, role: String?, cue: String, kind: Kind) {
        self.paragraph = paragraph
        self.text = text
        self.speaker = speaker
        self.role = role
        self.cue = cue
        self.kind = kind
    }
}

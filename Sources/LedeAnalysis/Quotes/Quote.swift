/// A stretch of one paragraph, in Unicode scalar offsets (end-exclusive), so that scorers can
/// compare extracted spans with annotated offsets.
public struct TextSpan: Sendable, Equatable, Hashable {
    /// Index of the paragraph (0-based).
    public var paragraph: Int
    /// Scalar offsets within the paragraph.
    public var range: Range<Int>

    public init(paragraph: Int, range: Range<Int>) {
        self.paragraph = paragraph
        self.range = range
    }
}

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
    /// Whether the speaker is a named person, an organization, a document or someone unnamed;
    /// nil only for quotes a workspace kept from a lede that did not tell them apart.
    public var speakerKind: SpeakerKind?
    /// The article names the speaker only in part (`a university student named Wong`): the name
    /// is theirs in this article alone and is never joined to a full name found elsewhere.
    public var isPartialName: Bool
    /// The appositive role (`former Russian deputy foreign minister`), or nil.
    public var role: String?
    /// The reporting cue: `said`, `told`, `argued`, `according to` …
    public var cue: String
    public var kind: Kind
    /// Where the quoted words are: one span per piece, quote marks excluded.
    public var contentSpans: [TextSpan]
    /// Where the speaker is named next to the cue (the pronoun or surname as written), or nil.
    public var speakerSpan: TextSpan?

    public init(
        paragraph: Int, text: String, speaker: String?, speakerKind: SpeakerKind? = nil, isPartialName: Bool = false, role: String?, cue: String, kind: Kind,
        contentSpans: [TextSpan] = [], speakerSpan: TextSpan? = nil
    ) {
        self.paragraph = paragraph
        self.text = text
        self.speaker = speaker
        self.speakerKind = speakerKind
        self.isPartialName = isPartialName
        self.role = role
        self.cue = cue
        self.kind = kind
        self.contentSpans = contentSpans
        self.speakerSpan = speakerSpan
    }
}

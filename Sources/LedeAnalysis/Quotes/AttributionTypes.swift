/// Where in the article: paragraph and token.
struct Place: Comparable {
    var paragraph: Int
    var token: Int
    static func < (l: Place, r: Place) -> Bool { (l.paragraph, l.token) < (r.paragraph, r.token) }
}

/// The tokens that name a speaker, `first...last` in one paragraph.
struct SpeakerSpan: Equatable {
    var paragraph: Int
    var first: Int
    var last: Int
}

/// A subject read backwards from a cue: its tokens, the token just before it (`boundary`: where
/// what was said ends when the cue is post-posed; below the sentence when nothing comes
/// before) and a role read beside it.
struct SubjectPhrase {
    var first: Int
    var last: Int
    var boundary: Int
    var role: String?
}

/// A speaker phrase read forwards (after an inverted cue or `according to`): the speaker's
/// tokens, its role and the phrase's last token.
struct SpeakerPhrase {
    var speaker: SpeakerSpan
    var role: String?
    var end: Int
}

/// What is said: the pieces of text and whether they are quoted, reported or both.
struct Content {
    var pieces: [TextSpan]
    var kind: Quote.Kind
}

/// What follows a cue up to the end of its clause: whether it only holds the speaker, the
/// addressee and circumstances, and its last token.
struct CueTail {
    var onlyTail: Bool
    var end: Int
}

/// A quotation that makes up a paragraph's first sentence: its text and its last token.
struct LeadingQuotation {
    var pieces: [TextSpan]
    var last: Int
}

/// An attribution found before its speaker is resolved.
struct Found {
    var paragraph: Int
    var pieces: [TextSpan]
    var kind: Quote.Kind
    var cue: String
    /// The tokens naming the speaker, or nil.
    var subject: SpeakerSpan?
    var role: String?
    var place: Place
}

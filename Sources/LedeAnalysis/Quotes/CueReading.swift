/// A reporting verb where `ReportingVerb` found it: the cue's tokens, its entry in the cue list,
/// and the token before it once modifiers are skipped (`Kerry also said`).
struct CueSite {
    let paragraph: Int
    let sentence: Range<Int>
    /// The cue's first token and last (`pointed out` has two).
    let cue: Int
    let cueEnd: Int
    /// The cue as written, in lowercase.
    let cueText: String
    let verb: CueVerb
    let before: Int
}

/// One reading of the sentence around a reporting verb: inverted (`“…,” said X`), post-posed
/// (`“…,” X said`) or pre-posed (`X said that …`), tried in that order.
protocol CueReading {
    /// Records the attribution this reading finds and returns the token to go on from, or nil
    /// when the sentence does not read this way.
    static func apply(_ site: CueSite, subject: SubjectPhrase?, in run: inout AttributionRun) -> Int?
}

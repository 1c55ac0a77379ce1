/// Where a rule is tried: a token of a sentence of a paragraph.
struct RuleSite {
    let paragraph: Int
    let sentenceIndex: Int
    let sentence: Range<Int>
    let token: Int
}

/// One construction of attribution (`“…,” X said`, `according to X`, `X: “…”`, `In X's words,
/// …`), in a file of its own under `Rules/`. `AttributionRun.findAll` tries each where it can
/// start, in reading order. Rules read tokens through the named queries of `ClauseReading` and
/// the speaker readings of `SpeakerPhrases`, and share nothing else.
protocol AttributionRule {
    /// Whether the construction can start at `site`: a cheap look at the token there, in the
    /// paragraph's text (not the whole run, which would be copied for every token).
    static func starts(at site: RuleSite, in text: ParagraphText) -> Bool

    /// Reads the construction at `site`: records the attribution in `run` (claiming what was
    /// said) and returns the token to go on from, or nil when the construction is not there.
    static func apply(at site: RuleSite, in run: inout AttributionRun) -> Int?
}

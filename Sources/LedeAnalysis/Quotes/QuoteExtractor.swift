/// Finds quotes and their speakers in an article's paragraphs.
///
/// Works over scalars and tokens in one pass per paragraph: quote marks are paired, sentences
/// split around quotations, and each reporting cue (`said`, `according to`, `in his words`)
/// outside quotation marks takes what is said on one side and the speaker on the other.
/// Speakers are then resolved within the article: surnames to full names, titles
/// (`the minister`) and pronouns to the person meant.
public enum QuoteExtractor {
    public static func extract(paragraphs: [String]) -> [Quote] {
        extract(paragraphs: paragraphs, model: .shipped)
    }

    /// `extract` with a given cue model, or none (the rules alone): for training and scoring it.
    public static func extract(paragraphs: [String], model: CueModel?) -> [Quote] {
        var run = AttributionRun(paragraphs.map(ParagraphText.init))
        run.findAll(model: model)
        return run.resolve()
    }

    /// Quotes and name mentions in one pass over the text (what `extract` and
    /// `MentionFinder.find` give, for about the cost of `extract` alone).
    public static func extractWithMentions(paragraphs: [String]) -> (quotes: [Quote], mentions: [Mention]) {
        let texts = paragraphs.map(ParagraphText.init)
        var run = AttributionRun(texts)
        run.findAll()
        // One name registry serves both: resolving speakers does not change its mentions.
        var registry = NameRegistry(texts)
        let quotes = run.resolve(with: &registry)
        return (quotes, MentionFinder.mentions(from: registry))
    }
}

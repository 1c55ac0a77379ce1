/// A word that may head an attribution, as training sees it: the word's hash, where it is, what
/// it would report and its features.
public struct CueExample: Sendable {
    public var word: UInt64
    /// The hash of the word without its inflection (`support` for `supported`).
    public var stem: UInt64
    public var cue: TextSpan
    public var content: [TextSpan]
    /// The tokens read as the speaker, or nil.
    public var source: TextSpan?
    public var features: [UInt64]
}

/// One article read for training: what the rules find, and every candidate they leave.
public struct CueTrainingArticle: Sendable {
    public var quotes: [Quote]
    public var examples: [CueExample]
}

/// What `lede-eval train-cues` needs from the extractor: the rules' attributions and, for every
/// lowercase word outside quotation marks, the candidate `LearnedCue` would weigh.
public enum CueTraining {
    public static func read(paragraphs: [String]) -> CueTrainingArticle {
        var run = AttributionRun(paragraphs.map(ParagraphText.init))
        run.findAll(model: nil)
        var examples: [CueExample] = []
        for (p, text) in run.texts.enumerated() where !text.isEditorsNote {
            for sentence in text.sentences {
                for k in sentence where CueFeatures.mayHead(text, k) {
                    guard let candidate = CueFeatures.candidate(run, paragraph: p, sentence: sentence, token: k) else { continue }
                    examples.append(CueExample(
                        word: text.tokens[k].hash, stem: candidate.stem, cue: TextSpan(paragraph: p, range: text.scalarRange(k, k)),
                        content: candidate.content.pieces,
                        source: candidate.subject.map { TextSpan(paragraph: p, range: text.scalarRange($0.first, $0.last)) }, features: candidate.features
                    ))
                }
            }
        }
        return CueTrainingArticle(quotes: run.resolve(), examples: examples)
    }

    /// The hash a word is known by in a model's vocabulary.
    public static func hash(of word: String) -> UInt64 { WordHash.of(word) }
}

/// `Officials want to delay the vote`, `the senator backed the measure`, `voters doubt the
/// figures`: a verb no rule reads (or a listed one the rules let pass) that the cue model
/// takes to head an attribution of stance, wish or thought; the rest of its clause is what is
/// reported, and its subject the one who holds it. Tried once the rules are done with the
/// whole article, so that the model sees what they took.
enum LearnedCue {
    /// Records the attributions the model finds in paragraph `p`. Every candidate is read before
    /// any is recorded, as in training, where candidates are read after the rules alone. (No
    /// role is recorded: read back from a verb no rule knows, it is too often a stray phrase,
    /// and the first role given a speaker is the one their other quotes take.)
    static func apply(paragraph p: Int, model: CueModel, in run: inout AttributionRun) {
        let text = run.texts[p]
        var chosen: [CueCandidate] = []
        for sentence in text.sentences {
            for k in sentence where CueFeatures.mayHead(text, k) && model.asks(text.tokens[k].hash) {
                guard let candidate = CueFeatures.candidate(run, paragraph: p, sentence: sentence, token: k) else { continue }
                if model.score(candidate.features) > 0, !CueFeatures.isRuledOut(candidate, in: text) { chosen.append(candidate) }
            }
        }
        for candidate in chosen {
            run.record(
                p, pieces: candidate.content.pieces, kind: candidate.content.kind, cue: text.text(tokens: candidate.token, candidate.token).lowercased(),
                subject: candidate.subject.map { SpeakerSpan(paragraph: p, first: $0.first, last: $0.last) }, role: nil, at: candidate.token
            )
        }
    }
}

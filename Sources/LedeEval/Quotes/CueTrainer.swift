import LedeAnalysis

/// How `CueTrainer` picks its words and trains.
public struct CueTrainingOptions: Sendable {
    /// Passes of each perceptron over the examples.
    public var epochs = 10
    /// Perceptrons trained, each over its own fixed order of the examples (the first in
    /// reading order, articles sorted by name; the others shuffled by a generator with a fixed
    /// seed), so that training is deterministic; the model is their mean. One perceptron
    /// follows its order: a rule that changed two of 16,000 examples moved whole-set F1 by
    /// 0.004 through the weights alone. The mean of eight moves much less, and scored as well
    /// or better in two-fold cross-validation on the train split (16 or 32 did no better).
    public var perceptrons = 8
    /// A word is asked about when it heads at least this many attributions the rules missed…
    public var fewestCues = 3
    /// …and at least this share (in hundredths) of its occurrences do.
    public var leastSharePercent = 5
    /// Added to the bias after training (in the model's thousandths): above zero, more
    /// attributions are found, fewer of them right. The perceptron is trained for accuracy on
    /// examples where negatives outnumber positives eight to one; F1 gains from a candidate
    /// right less than half the time, and a shift of 4,000 (four updates' worth) gave the best
    /// F1 on half of the train split scored by a model trained on the other half.
    public var biasShift: Int32 = 4000
    /// Weights smaller than this (in thousandths) are left out of the model: most come from
    /// features seen once or twice, and they weigh little but fill the file.
    public var smallestWeight: Int32 = 1000

    public init() {}
}

/// What training gives: the model, and counts to report.
public struct CueTrainingResult: Sendable {
    public var vocabulary: [UInt64]
    public var weights: [UInt64: Int32]
    public var examples = 0
    public var positives = 0
    /// Examples the trained model gets right on the data it was trained on.
    public var trainingAccuracy = 0.0
}

/// Trains the cue model (`CueModel`) on annotated articles. A candidate is a positive example
/// when what it would report matches (token overlap ≥ 0.3, as `QuoteScorer` counts) an
/// annotated attribution that the rules' own attributions leave unmatched; each annotated
/// attribution makes at most one candidate positive, the one that overlaps it most.
public enum CueTrainer {
    /// What one weight is scaled by when written as an integer.
    static let weightScale = 1000.0

    public static func train(_ articles: [PolNeARArticle], options: CueTrainingOptions = CueTrainingOptions()) -> CueTrainingResult {
        var examples: [LabelledExample] = []
        for article in articles.sorted(by: { $0.name < $1.name }) {
            let read = CueTraining.read(paragraphs: article.paragraphs.map(\.text))
            let words = WordIndex(article.scalars)
            func wordsOf(_ spans: [TextSpan]) -> Set<Int> {
                words.words(in: spans.map { span in
                    let base = article.paragraphs[span.paragraph].start
                    return (base + span.range.lowerBound)..<(base + span.range.upperBound)
                })
            }
            let gold = article.gold.map { words.words(in: $0.content) }
            let taken = Set(matched(gold: gold, ours: read.quotes.map { wordsOf($0.contentSpans) }).map(\.gold))
            let open = gold.indices.filter { !taken.contains($0) }
            let candidateWords = read.examples.map { wordsOf($0.content) }
            // A match counts when the speaker is right too, where the annotation names one: a
            // candidate whose speaker tokens overlap the annotated source.
            var positives = Set<Int>()
            for pair in matched(gold: open.map { gold[$0] }, ours: candidateWords) {
                let g = article.gold[open[pair.gold]]
                if QuoteScorer.isName(g.sourceText) {
                    guard let source = read.examples[pair.ours].source else { continue }
                    let base = article.paragraphs[source.paragraph].start
                    let ours = (base + source.range.lowerBound)..<(base + source.range.upperBound)
                    guard g.source.contains(where: { $0.overlaps(ours) }) else { continue }
                }
                positives.insert(pair.ours)
            }
            for (i, example) in read.examples.enumerated() {
                examples.append(LabelledExample(features: example.features, word: example.word, stem: example.stem, positive: positives.contains(i)))
            }
        }
        // The words worth asking about.
        // (Counted by stem, so that the forms of a verb are asked about together.)
        var heads: [UInt64: HeadCount] = [:]
        for e in examples {
            heads[e.stem, default: HeadCount()].all += 1
            if e.positive { heads[e.stem, default: HeadCount()].cues += 1 }
        }
        let stems = Set(heads.filter { $0.value.cues >= options.fewestCues && $0.value.cues * 100 >= $0.value.all * options.leastSharePercent }.map(\.key))
        let vocabulary = Set(examples.filter { stems.contains($0.stem) }.map(\.word)).sorted()
        let asked = Set(vocabulary)
        let kept = examples.filter { asked.contains($0.word) }

        var summed: [UInt64: Double] = [:]
        let perceptrons = max(1, options.perceptrons)
        for index in 0..<perceptrons {
            let shuffled = index == 0 ? kept : Self.shuffled(kept, seed: UInt64(index))
            for (f, w) in averagedPerceptron(shuffled, epochs: options.epochs) { summed[f, default: 0] += w }
        }
        var averaged: [UInt64: Int32] = [:]
        for (f, sum) in summed {
            let value = Int32((sum / Double(perceptrons) * weightScale).rounded())
            if value != 0, abs(value) >= options.smallestWeight { averaged[f] = value }
        }
        let model = CueModel(vocabulary: vocabulary, weights: averaged)
        var result = CueTrainingResult(vocabulary: vocabulary, weights: averaged)
        result.examples = kept.count
        result.positives = kept.filter(\.positive).count
        let right = kept.filter { (model.score($0.features) > 0) == $0.positive }.count
        result.trainingAccuracy = Scoring.ratio(right, kept.count)
        if options.biasShift != 0 {
            let bias = CueModel.biasFeature
            result.weights[bias, default: 0] += options.biasShift
        }
        return result
    }

    /// The averaged perceptron over `examples` in the order given: each weight averaged over
    /// every step, the sum kept lazily through `since` (the step a weight last changed at).
    static func averagedPerceptron(_ examples: [LabelledExample], epochs: Int) -> [UInt64: Double] {
        var weights: [UInt64: Double] = [:], total: [UInt64: Double] = [:], since: [UInt64: Int] = [:]
        var step = 0
        for _ in 0..<epochs {
            for e in examples {
                step += 1
                let score = e.features.reduce(0.0) { $0 + (weights[$1] ?? 0) }
                let y = e.positive ? 1.0 : -1.0
                guard y * score <= 0 else { continue }
                for f in e.features {
                    let w = weights[f] ?? 0
                    total[f, default: 0] += w * Double(step - (since[f] ?? 0))
                    since[f] = step
                    weights[f] = w + y
                }
            }
        }
        guard step > 0 else { return [:] }
        var averaged: [UInt64: Double] = [:]
        for (f, w) in weights {
            averaged[f] = ((total[f] ?? 0) + w * Double(step - (since[f] ?? 0))) / Double(step)
        }
        return averaged
    }

    /// `examples` in an order fixed by `seed` (Fisher–Yates over SplitMix64): the same on every
    /// machine and every run.
    static func shuffled(_ examples: [LabelledExample], seed: UInt64) -> [LabelledExample] {
        var result = examples
        var state = seed
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        guard result.count > 1 else { return result }
        for i in stride(from: result.count - 1, to: 0, by: -1) {
            let j = Int(next() % UInt64(i + 1))
            result.swapAt(i, j)
        }
        return result
    }

    /// A candidate as the perceptron sees it.
    struct LabelledExample {
        let features: [UInt64]
        let word: UInt64
        let stem: UInt64
        let positive: Bool
    }

    /// How often a stem heads an attribution the rules missed, and how often it occurs.
    struct HeadCount {
        var cues = 0
        var all = 0
    }

    /// A gold span and the found span it is paired with (indices).
    struct Pair {
        let gold: Int
        let ours: Int
    }

    /// The pairs of gold and found spans that match, greedily by overlap as `QuoteScorer` pairs
    /// them.
    static func matched(gold: [Set<Int>], ours: [Set<Int>]) -> [Pair] {
        var pairs: [(g: Int, o: Int, overlap: Double)] = []
        for (gi, g) in gold.enumerated() where !g.isEmpty {
            for (oi, o) in ours.enumerated() where !o.isEmpty {
                let value = QuoteScorer.overlap(g, o)
                if value >= QuoteScorer.looseOverlap { pairs.append((gi, oi, value)) }
            }
        }
        pairs.sort { $0.overlap != $1.overlap ? $0.overlap > $1.overlap : ($0.g, $0.o) < ($1.g, $1.o) }
        var usedGold = Set<Int>(), usedOurs = Set<Int>()
        var result: [Pair] = []
        for pair in pairs where !usedGold.contains(pair.g) && !usedOurs.contains(pair.o) {
            usedGold.insert(pair.g)
            usedOurs.insert(pair.o)
            result.append(Pair(gold: pair.g, ours: pair.o))
        }
        return result
    }
}

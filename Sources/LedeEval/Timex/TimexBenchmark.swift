import Dispatch
import LedeAnalysis

/// Words per second of the temporal tagger on one core, over a corpus's paragraphs.
public enum TimexBenchmark {
    public struct Result: Sendable {
        public var words: Int
        public var seconds: Double
        public var expressions: Int
        public var wordsPerSecond: Double { Double(words) / seconds }
    }

    /// Tags every document again and again for at least `minimumSeconds`, through the full
    /// `TemporalTagger.tag(paragraphs:documentDate:)` (texts and sentences built).
    public static func run(_ documents: [TimexDocument], minimumSeconds: Double = 2) -> Result {
        let words = documents.reduce(0) { $0 + $1.wordCount }
        var rounds = 0
        var expressions = 0
        // One warm-up round.
        for d in documents { expressions += TemporalTagger.tag(paragraphs: d.paragraphs, documentDate: d.documentDate).count }
        expressions = 0
        let start = DispatchTime.now().uptimeNanoseconds
        var elapsed = 0.0
        repeat {
            for d in documents { expressions += TemporalTagger.tag(paragraphs: d.paragraphs, documentDate: d.documentDate).count }
            rounds += 1
            elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        } while elapsed < minimumSeconds
        return Result(words: words * rounds, seconds: elapsed, expressions: expressions / max(rounds, 1))
    }
}

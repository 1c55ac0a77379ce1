import Dispatch
import LedeAnalysis

/// Times quote extraction and name finding over texts, the way load runs them.
public enum QuoteSpeed {
    public struct Result: Sendable {
        public var words: Int
        public var seconds: Double
        public var wordsPerSecond: Double { seconds > 0 ? Double(words) / seconds : 0 }
    }

    /// Runs extraction over every article `repeats` times on this thread; `mentions` adds the
    /// name finder, which load also runs.
    public static func measure(_ articles: [[String]], repeats: Int, mentions: Bool = true) -> Result {
        var words = 0
        for paragraphs in articles {
            for p in paragraphs { words += p.split(separator: " ").count }
        }
        var found = 0
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<max(1, repeats) {
            for paragraphs in articles {
                if mentions {
                    let both = QuoteExtractor.extractWithMentions(paragraphs: paragraphs)
                    found &+= both.quotes.count &+ both.mentions.count
                } else {
                    found &+= QuoteExtractor.extract(paragraphs: paragraphs).count
                }
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        precondition(found >= 0)
        return Result(words: words * max(1, repeats), seconds: seconds)
    }
}

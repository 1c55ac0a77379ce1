import ArgumentParser
import Foundation
import LedeAnalysis
import LedeEval

struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "quotes", abstract: "Score quotes on a PolNeAR folder.")
    @Argument(help: "A PolNeAR folder (text/, attributions/, metadata.tsv).") var directory: String
    @Flag(help: "List misses, false finds and wrong speakers among quotes with quote marks.") var verbose = false
    @Flag(help: "List misses, false finds and wrong speakers among all attributions.") var verboseAll = false
    @Flag(help: "Time extraction over the folder's texts and print words per second.") var speed = false
    @Option(help: "How many times to repeat the texts when timing.") var repeats = 200
    @Option(help: "How many characters of each span the --verbose lines show.") var width = QuoteScorer.shownCharacters

    @Option(help: "Print the quotes found in one article file (paragraphs separated by blank lines) and exit.") var show: String?
    @Flag(help: "With --show, print the names found instead of the quotes.") var mentions = false
    @Flag(help: "Print every attribution found, one a line with its article and scalar offsets (tab-separated), for error analysis, and exit.") var spans = false

    func run() throws {
        if let show {
            let text = try String(contentsOfFile: show, encoding: .utf8)
            let paragraphs = text.components(separatedBy: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            if mentions {
                for m in MentionFinder.find(paragraphs: paragraphs) { print("¶\(m.paragraph) [\(m.kind.rawValue)] \(m.name) ← \(m.text)") }
                return
            }
            for q in QuoteExtractor.extract(paragraphs: paragraphs) {
                print("¶\(q.paragraph) [\(q.kind.rawValue)] \(q.speaker ?? "nil") (\(q.role ?? "-")) \(q.cue): \(q.text)")
            }
            return
        }
        let articles = try PolNeARReader.read(directory: directory)
        if spans {
            for article in articles {
                for quote in QuoteExtractor.extract(paragraphs: article.paragraphs.map(\.text)) {
                    let offsets = quote.contentSpans.map { span -> String in
                        let base = article.paragraphs[span.paragraph].start
                        return "\(base + span.range.lowerBound) \(base + span.range.upperBound)"
                    }
                    print([article.name, quote.kind.rawValue, quote.cue, quote.speaker ?? "", offsets.joined(separator: ";")].joined(separator: "\t"))
                }
            }
            return
        }
        if speed {
            let texts = articles.map { $0.paragraphs.map(\.text) }
            let quotes = QuoteSpeed.measure(texts, repeats: repeats, mentions: false)
            print(String(format: "quotes:            %d words in %.3f s: %.0f words/s (one core)", quotes.words, quotes.seconds, quotes.wordsPerSecond))
            let both = QuoteSpeed.measure(texts, repeats: repeats)
            print(String(format: "quotes + mentions: %d words in %.3f s: %.0f words/s (one core)", both.words, both.seconds, both.wordsPerSecond))
            return
        }
        let evaluation = QuoteScorer.evaluate(articles, details: verbose, detailsOfAll: verboseAll, shownCharacters: width)
        for line in evaluation.details { print(line) }
        print("PolNeAR \(directory): \(articles.count) articles")
        report("quotes with quote marks", evaluation.quoted)
        report("all attributions", evaluation.all)
    }

    func report(_ title: String, _ c: AttributionCounts) {
        print("\(title): gold \(c.gold), ours \(c.predicted)")
        for strict in [false, true] {
            // (The matched count and F1 to four places, so that a figure on a target's edge is
            // read as it is: 0.9199 is below 0.92.)
            print(String(format: "  overlap >= %.1f  P %.3f  R %.3f  F1 %.3f  (%d matched, F1 %.4f)", strict ? QuoteScorer.strictOverlap : QuoteScorer.looseOverlap,
                         c.precision(strict: strict), c.recall(strict: strict), c.f1(strict: strict),
                         strict ? c.matchedStrict : c.matchedLoose, c.f1(strict: strict)))
        }
        print(String(format: "  speaker accuracy %.3f (%d of %d matched quotes whose gold source is a name)", c.speakerAccuracy, c.speakerCorrect, c.speakerScored))
    }
}

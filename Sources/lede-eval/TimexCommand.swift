import ArgumentParser
import LedeAnalysis
import LedeArticles
import Foundation
import LedeEval

struct TimexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timex",
        abstract: "Score temporal tagging on TimeML or MEANTIME, TempEval-3 style.",
        discussion: """
            Relaxed span: lede's expression overlaps an annotated one; strict: the same span. For the \
            value figure an expression scores only with exactly the annotated value. The article's own \
            date is left out; in MEANTIME only sentences 0–5 (headline, dateline, opening) are scored.
            """
    )

    @Argument(help: "A folder of TimeML (.tml) or MEANTIME (.xml) files.") var directory: String = ""
    @Option(help: "File format: auto, timeml or meantime.") var format: String = "auto"
    @Flag(help: "Print words per second of the tagger (one core) instead of scores.") var speed = false
    @Flag(help: "List every missed, spurious and wrongly valued expression.") var errors = false
    @Option(help: "Tag this text instead of scoring a folder (with --date).") var text: String?
    @Option(help: "Tag the text of this file instead (paragraphs split at blank lines).") var file: String?
    @Option(help: "The document date for --text or --file, as 2013-05-09.") var date: String?

    func run() throws {
        guard let format = TimexCorpus.Format(rawValue: format) else {
            throw ValidationError("--format must be one of auto, timeml, meantime")
        }
        // A file's text goes straight to tagging (passing it back through the argument parser
        // read a text that starts with `-` as an option).
        let fileText = try file.map { file in
            guard let data = FileManager.default.contents(atPath: file), let content = String(data: data, encoding: .utf8) else {
                throw ValidationError("cannot read \(file)")
            }
            return content
        }
        if let text = fileText ?? text {
            let documentDate = date.flatMap { CalendarDate.parseISOPrefix($0) }
            let paragraphs = text.components(separatedBy: "\n\n")
            for e in TemporalTagger.tag(paragraphs: paragraphs, documentDate: documentDate) {
                print("¶\(e.paragraph) \(e.range)\t\(e.text)\t\(e.kind.rawValue)\t\(e.value)")
            }
            return
        }
        let documents: [TimexDocument]
        do { documents = try TimexCorpus.load(directory: directory, format: format) } catch let error as TimexEvalError {
            throw ValidationError(error.description)
        }
        if speed {
            let result = TimexBenchmark.run(documents)
            let rate = Int(result.wordsPerSecond.rounded())
            print("\(result.words) words in \(String(format: "%.2f", result.seconds)) s: \(rate) words/s on one core (\(result.expressions) expressions a pass)")
            return
        }
        var comparisons: [TimexComparison] = []
        let score = TimexScorer.score(documents, comparisons: &comparisons)
        if errors {
            for c in comparisons where c.outcome != .correct || !c.exactSpan {
                let gold = c.goldText.map { "\($0) [\(c.goldType ?? "") \(c.goldValue ?? "")]" } ?? "-"
                let system = c.systemText.map { "\($0) [\(c.systemType ?? "") \(c.systemValue ?? "")]" } ?? "-"
                let outcome = c.outcome == .correct ? "span" : c.outcome.rawValue
                print("\(outcome)\t\(c.document)\tgold: \(gold)\tsystem: \(system)")
            }
        }
        print(score.report)
    }
}

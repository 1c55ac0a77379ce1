import LedeAnalysis
import LedeArticles

/// The loader targets' common path: the input as a file, loaded as `lede` loads it, and
/// every article that comes out analysed.
public enum ArticleFuzzing {
    static let loader = ArticleLoader(baseDirectory: Scratch.folder, seedsDirectory: nil)

    /// Writes `bytes` to `fileName` in the scratch folder, runs `ArticleLoader.load` on it
    /// (format detection, NUL and size checks, UTF-8 repair, JSON Lines streaming) and
    /// analyses each article. Returns how many articles came out.
    @discardableResult
    public static func loadFile(_ bytes: [UInt8], as fileName: String) -> Int {
        _ = Scratch.write(bytes, to: fileName)
        var articles = 0
        do {
            try loader.load(fileName) { event in
                guard case .article(let article) = event else { return }
                articles += 1
                analyze(article)
            }
        } catch {
            // The loader reports bad input as problems; only the handler could throw.
            fatalError("ArticleLoader.load threw: \(error)")
        }
        return articles
    }

    /// Every analysis over one article, and the promises its results make: each paragraph
    /// index and span lies inside the article (the store keeps them and the eval scorers
    /// slice the text with them), and a date's text is what its span covers.
    public static func analyze(_ article: Article) {
        let analysis = Analyzer.analyze(article)
        let scalars = article.paragraphs.map { Array($0.unicodeScalars) }
        func inside(_ paragraph: Int, _ range: Range<Int>? = nil) -> Bool {
            guard scalars.indices.contains(paragraph) else { return false }
            guard let range else { return true }
            return range.lowerBound >= 0 && range.upperBound <= scalars[paragraph].count
        }
        for quote in analysis.quotes {
            check(inside(quote.paragraph), "quote paragraph \(quote.paragraph) of \(scalars.count)")
            for span in quote.contentSpans + (quote.speakerSpan.map { [$0] } ?? []) {
                check(inside(span.paragraph, span.range), "quote span \(span) outside its paragraph")
            }
        }
        for temporal in analysis.temporals {
            check(inside(temporal.paragraph, temporal.range), "date span \(temporal.paragraph):\(temporal.range) outside its paragraph")
            let covered = String(String.UnicodeScalarView(scalars[temporal.paragraph][temporal.range]))
            check(covered == temporal.text, "date text \"\(temporal.text)\" but its span covers \"\(covered)\"")
        }
        for mention in analysis.mentions {
            check(inside(mention.paragraph), "mention paragraph \(mention.paragraph) of \(scalars.count)")
        }
        _ = article.wordCount
        _ = article.contentHash
    }
}

/// Stops the run, as a crash libFuzzer records, when a promise of the code under test is broken.
public func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String, file: StaticString = #fileID, line: UInt = #line) {
    if !condition() { fatalError("fuzz check failed: \(message())", file: file, line: line) }
}

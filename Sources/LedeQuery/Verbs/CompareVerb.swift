import LedeAnalysis
import LedeArticles
import LedeStore

/// `compare A vs B`: two articles (or let sets), two speakers, or two terms side by side. What
/// each kind of side compares is in `Compare.swift`.
public struct CompareVerb: Verb {
    public static let info = VerbInfo(
        name: "compare", syntax: "compare A vs B", summary: "two articles, speakers or terms side by side",
        examples: ["compare Lukyanov vs Panov", "compare \"sanctions\" vs \"conference\""],
        details: """
        Each side is an article id, a let set, a speaker (any name variant), or a quoted term.
          two articles (or sets): people, speakers, places, organizations and dates shared and apart,
            distinctive words of each (tf-idf against the workspace), cosine similarity and what drives it
          two speakers: their quotes, the topics each raises, articles and dates, people each names
          two terms: articles and counts per period as a side-by-side chart, speakers, co-occurring words
        """)

    public var left: CompareSide
    public var right: CompareSide

    public init(arguments tokens: [Token], filters: Filters, verb: Token) throws {
        var sides = tokens
        if let vs = sides.firstIndex(where: { $0.isKeyword("vs") || $0.isKeyword("vs.") || $0.isKeyword("versus") }) {
            sides.remove(at: vs)
        }
        guard sides.count == 2, sides.allSatisfy({ $0.kind == .word || $0.kind == .quoted }) else {
            throw QueryError("compare needs two sides", at: sides.count > 2 ? sides[2].range : verb.range, suggestion: "e.g. compare Lukyanov vs Panov")
        }
        let (left, right) = (sides[0], sides[1])
        self.left = CompareSide(text: left.text, range: left.range, quoted: left.kind == .quoted)
        self.right = CompareSide(text: right.text, range: right.range, quoted: right.kind == .quoted)
    }

    public func evaluate(in context: StageContext) throws -> QueryResult {
        try context.evaluator.compare(left, right, filter: context.filter)
    }
}

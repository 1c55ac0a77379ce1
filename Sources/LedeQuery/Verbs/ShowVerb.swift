import LedeAnalysis
import LedeArticles
import LedeStore

/// `show ID [¶N]`: an article with numbered paragraphs, or one paragraph of it.
public struct ShowVerb: Verb {
    public static let info = VerbInfo(
        name: "show", syntax: "show ID [¶N]", summary: "an article with numbered paragraphs, or one paragraph",
        examples: ["show moscow-secretary-kerry", "show moscow-secretary-kerry ¶4"], details: "")

    public var article: Located<String>
    public var paragraph: Int?

    public init(arguments rest: [Token], filters: Filters, verb: Token) throws {
        guard let id = rest.first, id.kind == .word || id.kind == .quoted else {
            throw QueryError("show needs an article id", at: verb.range, suggestion: "see `articles` for ids")
        }
        var paragraph: Int?
        var remaining = rest.dropFirst()
        if let marker = remaining.first {
            var text = marker.text
            if text == "¶", remaining.count > 1 {
                remaining = remaining.dropFirst()
                text = remaining.first!.text
            } else if text.hasPrefix("¶") {
                text.removeFirst()
            }
            guard let n = Int(text), n >= 1 else {
                throw QueryError("expected a paragraph number like ¶4", at: marker.range)
            }
            paragraph = n
            remaining = remaining.dropFirst()
        }
        try Parser.expectNothing(Array(remaining), after: "show ID ¶N")
        article = Located(value: id.text, range: id.range)
        self.paragraph = paragraph
    }

    public func evaluate(in context: StageContext) throws -> QueryResult {
        try context.evaluator.show(article, paragraph: paragraph)
    }
}

extension Evaluator {
    func show(_ id: Located<String>, paragraph: Int?) throws -> QueryResult {
        guard let article = try store.article(id: id.value) else {
            let nearest = VerbTable.nearest(to: id.value, in: try store.articleIDs())
            throw QueryError("no article \(QueryError.quoted(id.value))", at: id.range, suggestion: nearest.map { "did you mean '\($0)'?" } ?? "see `articles` for ids")
        }
        var result = QueryResult()
        result.layout = .document
        result.articleIDs = [article.id]
        let numbered = Array(article.paragraphs.enumerated())
        let shown: ArraySlice<(offset: Int, element: String)>
        if let paragraph {
            guard paragraph <= article.paragraphs.count else {
                throw QueryError("\(article.id) has \(Noun.paragraph.counted(article.paragraphs.count))", at: id.range)
            }
            shown = numbered[(paragraph - 1)...(paragraph - 1)]
        } else {
            shown = numbered[...]
            result.heading.append(article.title)
            let meta = [article.date?.iso ?? "date unknown", article.source, article.author, article.id].compactMap { $0 }
            result.heading.append(meta.joined(separator: " · "))
            if let caption = article.caption { result.heading.append(caption) }
        }
        result.table = ResultTable(
            columns: [Column("paragraph", header: "¶"), Column("text", longText: true), Column("article", machineOnly: true)],
            rows: shown.map { [.integer($0.offset + 1), .text($0.element), .text(article.id)] })
        return result
    }
}

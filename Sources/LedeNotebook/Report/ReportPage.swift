import LedeQuery
import Mustache

/// A report as one self-contained HTML page: what the page template shows, as plain values.
/// Every piece of text goes through the template's escaping; nothing here writes markup.
struct ReportPage {
    /// A run of text, marked or not (the words a search matched, a date in its sentence).
    struct Segment {
        var text: String
        var marked: Bool
    }

    struct Citation {
        var anchor: String
        var label: String
    }

    /// One quote, hit or dated statement.
    struct Entry {
        var headline: String
        var body: [Segment]
        var isQuote: Bool
        /// Only words quoted verbatim (`direct`) stand in quotation marks; reported speech
        /// (`indirect`, `mixed`) is the writer's paraphrase and must not look quoted.
        var isVerbatim: Bool
        var citation: Citation?
    }

    struct TableCell {
        var segments: [Segment]
        var isNumber: Bool
    }

    struct Table {
        var headers: [String]
        var rows: [[TableCell]]
    }

    struct Paragraph {
        var number: String
        var text: String
    }

    struct ComparisonRow {
        var aspect: String
        var onlyLeft: [String]
        var shared: [String]
        var onlyRight: [String]
        var similarity: String?
    }

    struct Comparison {
        var left: String
        var right: String
        var rows: [ComparisonRow]
    }

    struct Section {
        var anchor: String
        var number: Int
        var command: String
        var heading: [String]
        var chart: ChartDrawing?
        var entries: [Entry]
        var table: Table?
        var paragraphs: [Paragraph]
        var comparison: Comparison?
        var summary: [String]
    }

    struct CitedParagraph {
        var anchor: String
        var label: String
        var title: String
        /// The date and source, when the article has either.
        var place: String?
        var text: String
        var citedBy: [Citation]
    }

    var title: String
    var sections: [Section]
    var citations: [CitedParagraph]
    var hasCitations: Bool
    var style: String

    init(_ report: Report) {
        title = report.title
        let cited = Set(report.citations.map(\.reference))
        sections = report.sections.map { Self.section($0, cited: cited) }
        citations = report.citations.map { cited in
            CitedParagraph(
                anchor: Self.anchor(cited.reference), label: "\(cited.reference.article) ¶\(cited.reference.paragraph)",
                title: cited.title, place: Self.place(date: cited.date, source: cited.source),
                text: TerminalSafe.text(cited.text),
                citedBy: cited.citedBy.map { Citation(anchor: "command-\($0)", label: "\($0)") })
        }
        hasCitations = !citations.isEmpty
        style = ReportTemplate.style
    }

    /// The page template, parsed once. It is part of the program: a mistake in it is caught by
    /// the tests, never by a user.
    static let template = try! MustacheTemplate(string: ReportTemplate.page)

    func html() -> String {
        Self.template.render(self)
    }

    static func place(date: String?, source: String?) -> String? {
        let parts = [date, source].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// The kind of a quote wholly inside quotation marks.
    static let verbatimKind = "direct"

    static func anchor(_ reference: Report.ParagraphReference) -> String {
        "paragraph-\(reference.article)-\(reference.paragraph)"
    }

    /// A section of the page; `cited` are the paragraphs the appendix holds, which entries link to.
    static func section(_ section: Report.Section, cited: Set<Report.ParagraphReference>) -> Section {
        let result = section.result
        var page = Section(
            anchor: "command-\(section.number)", number: section.number, command: section.command, heading: result.heading,
            chart: result.chart.map(ChartDrawing.init), entries: [], table: nil, paragraphs: [], comparison: nil,
            summary: result.summary + [Report.leftOutLine(result)].compactMap { $0 })
        let visible = Renderers.humanColumns(result.columns)
        switch result.layout {
        case .document:
            page.paragraphs = result.rows.map { Paragraph(number: "¶" + $0[0].plain, text: $0[1].plain) }
        case .entries(let heading, let body):
            guard let bodyIndex = result.column(body) else {
                page.table = table(result, visible)
                break
            }
            let markedText = body == "sentence" ? result.column("text") : nil
            let headlineKeys = heading.filter { $0 != "article" && $0 != "paragraph" }
            let kind = result.column("kind")
            page.entries = result.rows.map { row in
                // A link only to a paragraph the appendix holds; else the place stays in the headline.
                let reference = Report.reference(in: row, of: result).flatMap { cited.contains($0) ? $0 : nil }
                let citation = reference.map { Citation(anchor: anchor($0), label: "\($0.article) ¶\($0.paragraph)") }
                var segments = Self.segments(row[bodyIndex])
                if let markedText, case .text(let sentence) = row[bodyIndex] {
                    segments = Self.marking(row[markedText].plain, in: sentence)
                }
                let isQuote = body == "quote"
                return Entry(
                    headline: Renderers.entryHeading(result.columns, row: row, keys: citation == nil ? heading : headlineKeys), body: segments,
                    isQuote: isQuote, isVerbatim: isQuote && kind.map { row[$0].plain == Self.verbatimKind } ?? false, citation: citation)
            }
        case .table:
            page.table = table(result, visible)
        case .comparison(let aspect, let left, let shared, let right):
            guard let aspectIndex = result.column(aspect), let leftIndex = result.column(left), let sharedIndex = result.column(shared),
                  let rightIndex = result.column(right) else { break }
            let similarity = result.column("similarity")
            let first = result.rows.first
            page.comparison = Comparison(
                left: result.column("left").flatMap { first?[$0].plain } ?? "left",
                right: result.column("right").flatMap { first?[$0].plain } ?? "right",
                rows: result.rows.map { row in
                    ComparisonRow(
                        aspect: row[aspectIndex].plain, onlyLeft: Self.items(row[leftIndex]), shared: Self.items(row[sharedIndex]),
                        onlyRight: Self.items(row[rightIndex]),
                        similarity: similarity.flatMap { row[$0] == .null ? nil : row[$0].plain })
                })
        }
        return page
    }

    static func table(_ result: CapturedResult, _ visible: [Int]) -> Table {
        Table(
            headers: visible.map { result.columns[$0].header },
            rows: result.rows.map { row in visible.map { TableCell(segments: segments(row[$0]), isNumber: isNumber(row[$0])) } })
    }

    static func items(_ cell: Cell) -> [String] {
        if case .list(let items) = cell { return items }
        return cell.plain.isEmpty ? [] : [cell.plain]
    }

    static func isNumber(_ cell: Cell) -> Bool {
        switch cell {
        case .integer, .decimal: return true
        default: return false
        }
    }

    /// A cell's text in marked and unmarked runs (ranges outside the text are dropped).
    static func segments(_ cell: Cell) -> [Segment] {
        guard case .highlighted(let text, let ranges) = cell else { return [Segment(text: cell.plain, marked: false)] }
        let characters = Array(text)
        var segments: [Segment] = []
        var position = 0
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound })
        where range.lowerBound >= position && range.upperBound <= characters.count {
            if range.lowerBound > position { segments.append(Segment(text: String(characters[position..<range.lowerBound]), marked: false)) }
            segments.append(Segment(text: String(characters[range]), marked: true))
            position = range.upperBound
        }
        if position < characters.count { segments.append(Segment(text: String(characters[position...]), marked: false)) }
        return segments
    }

    /// `sentence` with the first occurrence of `phrase` marked.
    static func marking(_ phrase: String, in sentence: String) -> [Segment] {
        guard !phrase.isEmpty, let range = sentence.range(of: phrase) else { return [Segment(text: sentence, marked: false)] }
        return [
            Segment(text: String(sentence[..<range.lowerBound]), marked: false), Segment(text: String(sentence[range]), marked: true),
            Segment(text: String(sentence[range.upperBound...]), marked: false),
        ].filter { !$0.text.isEmpty }
    }
}

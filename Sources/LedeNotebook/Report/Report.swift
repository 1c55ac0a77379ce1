import LedeArticles
import LedeQuery

/// A session as a document to share: each command and its result, and an appendix of the
/// paragraphs the results cite. Written as one self-contained HTML file (`ReportPage`) or as
/// Markdown for pasting into a memo.
public struct Report: Sendable {
    /// The file formats a report is written in, chosen by the file's extension.
    public enum Format: String, Sendable, CaseIterable {
        case html, markdown

        static let extensions: [String: Format] = ["html": .html, "htm": .html, "md": .markdown, "markdown": .markdown]

        /// The format named by `path`'s extension; nil for any other.
        public init?(path: String) {
            guard let dot = path.lastIndex(of: "."), let format = Self.extensions[path[path.index(after: dot)...].lowercased()] else { return nil }
            self = format
        }

        /// For an error message: the extensions a report can be written to.
        public static var extensionList: String { ".html or .md" }
    }

    /// One command of the session and what it gave.
    public struct Section: Sendable, Equatable {
        public var number: Int
        public var command: String
        public var result: CapturedResult
    }

    /// A paragraph a result points to, as shown: the article's id and its paragraph number.
    public struct ParagraphReference: Sendable, Hashable {
        public var article: String
        public var paragraph: Int
    }

    /// A cited paragraph for the appendix, with the article it comes from.
    public struct CitedParagraph: Sendable, Equatable {
        public var reference: ParagraphReference
        public var title: String
        public var date: String?
        public var source: String?
        public var text: String
        /// The numbers of the sections that cite it.
        public var citedBy: [Int]
    }

    public var title: String
    public var sections: [Section]
    /// In the order first cited.
    public var citations: [CitedParagraph]

    /// The report of `entries`' results (dot-commands and commands whose results were not kept
    /// are left out); `article` looks up what the citations quote.
    public init(title: String, entries: [Session.Entry], article: (String) throws -> Article?) rethrows {
        self.title = title
        sections = []
        for entry in entries {
            guard let result = entry.result else { continue }
            sections.append(Section(number: sections.count + 1, command: entry.command, result: result))
        }
        var order: [ParagraphReference] = []
        var citers: [ParagraphReference: [Int]] = [:]
        for section in sections {
            for reference in Self.references(in: section.result) {
                if citers[reference] == nil { order.append(reference) }
                if citers[reference, default: []].last != section.number { citers[reference, default: []].append(section.number) }
            }
        }
        // Each article read once, however many of its paragraphs are cited (nil: not found).
        var articles: [String: Article] = [:]
        var missing: Set<String> = []
        citations = []
        for reference in order where !missing.contains(reference.article) {
            if articles[reference.article] == nil {
                guard let found = try article(reference.article) else {
                    missing.insert(reference.article)
                    continue
                }
                articles[reference.article] = found
            }
            guard let found = articles[reference.article], found.paragraphs.indices.contains(reference.paragraph - 1) else { continue }
            citations.append(CitedParagraph(
                reference: reference, title: found.title, date: found.date?.iso, source: found.source,
                text: found.paragraphs[reference.paragraph - 1], citedBy: citers[reference] ?? []))
        }
    }

    /// The paragraphs a result's rows point to: rows with an article and a paragraph number.
    static func references(in result: CapturedResult) -> [ParagraphReference] {
        result.rows.compactMap { reference(in: $0, of: result) }
    }

    /// The paragraph one row of `result` points to, if it has an article and a paragraph number
    /// (`show`'s rows are the paragraphs themselves, and cite nothing).
    static func reference(in row: [Cell], of result: CapturedResult) -> ParagraphReference? {
        guard result.layout != .document, let article = result.column("article"), let paragraph = result.column("paragraph"),
              case .text(let id) = row[article], case .integer(let number) = row[paragraph] else { return nil }
        return ParagraphReference(article: id, paragraph: number)
    }

    /// The report in `format`.
    public func rendered(as format: Format) -> String {
        switch format {
        case .html: return ReportPage(self).html()
        case .markdown: return markdown()
        }
    }

    /// A line saying how many rows a section leaves out, if it does.
    static func leftOutLine(_ result: CapturedResult) -> String? {
        guard result.rowsLeftOut > 0 else { return nil }
        return "\(Noun.row.counted(result.rowsLeftOut)) more not in this report (it keeps the first \(CapturedResult.maximumRows) of each command)"
    }

    // MARK: - Markdown

    /// GitHub-flavoured Markdown: a heading and the command per section, results as the
    /// markdown mode draws them (pipe tables, quotes as block quotes, charts as tables), and
    /// the cited paragraphs at the end.
    func markdown() -> String {
        var out = "# " + MarkdownText.escape(title) + "\n\n"
        for section in sections {
            out += "## \(section.number). " + MarkdownText.code(section.command) + "\n\n"
            var result = QueryResult()
            result.layout = section.result.layout
            result.heading = section.result.heading
            result.chart = section.result.chart
            result.table = section.result.columns.isEmpty ? nil : ResultTable(columns: section.result.columns, rows: section.result.rows)
            result.summary = section.result.summary + [Self.leftOutLine(section.result)].compactMap { $0 }
            var drawn = ""
            MarkdownRenderer().render(result, to: &drawn)
            out += drawn
            if !drawn.hasSuffix("\n\n") { out += "\n" }
        }
        guard !citations.isEmpty else { return out }
        out += "## Cited paragraphs\n\n"
        for cited in citations {
            let place = [cited.date, cited.source].compactMap { $0 }.joined(separator: ", ")
            out += "**" + MarkdownText.escape("\(cited.reference.article) ¶\(cited.reference.paragraph)") + "** — "
                + MarkdownText.escape(cited.title) + (place.isEmpty ? "" : " (" + MarkdownText.escape(place) + ")")
                + " — cited in " + cited.citedBy.map { "\($0)" }.joined(separator: ", ") + "\n\n"
            out += "> " + MarkdownText.escape(TerminalSafe.text(cited.text)) + "\n\n"
        }
        return out
    }
}

/// Markdown spelling for text from commands and articles.
enum MarkdownText {
    /// Text in running Markdown: characters that would start markup are escaped, a line break
    /// becomes a space.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#": out += "\\" + String(character)
            case "\n", "\r": out += " "
            default: out.append(character)
            }
        }
        return out
    }

    /// `text` as inline code, fenced with more backticks than it holds in a row.
    static func code(_ text: String) -> String {
        var longest = 0, run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padding = text.hasPrefix("`") || text.hasSuffix("`") ? " " : ""
        return fence + padding + text.replacingLineBreaks() + padding + fence
    }
}

extension String {
    func replacingLineBreaks() -> String {
        contains(where: { $0 == "\n" || $0 == "\r" }) ? String(map { $0 == "\n" || $0 == "\r" ? " " : $0 }) : self
    }
}

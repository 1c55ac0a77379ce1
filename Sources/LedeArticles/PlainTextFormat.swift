/// Parses the plain-text article format of `seeds/`: headline, optional dateline, caption or
/// byline, then paragraphs separated by blank lines; or a `---` front-matter block first.
public enum PlainTextFormat {
    /// Front-matter keys that are read; others are ignored.
    static let frontMatterKeys: Set<String> = ["title", "date", "source", "url", "author", "caption", "byline"]
    /// Above this average line length a body without blank lines is taken as one paragraph a line.
    static let paragraphPerLineThreshold = 100

    public struct Parsed: Equatable, Sendable {
        public var title: String
        public var date: CalendarDate?
        /// The date field as written when it could not be read.
        public var unreadableDate: String?
        public var source: String?
        public var url: String?
        public var author: String?
        public var caption: String?
        public var paragraphs: [String]
    }

    /// `text` must already be normalized (`TextNormalizer`).
    public static func parse(_ text: String) -> Parsed? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var fields: [String: String] = [:]
        if lines.first?.trimmed(" \t") == "---",
           let end = lines.dropFirst().firstIndex(where: { $0.trimmed(" \t") == "---" }) {
            for line in lines[1..<end] {
                guard let colon = line.firstIndex(of: ":") else { continue }
                let key = line[..<colon].trimmed(" \t").lowercased()
                var value = line[line.index(after: colon)...].trimmed(" \t")
                if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
                    value = String(value.dropFirst().dropLast())
                }
                if frontMatterKeys.contains(key), !value.isEmpty { fields[key] = value }
            }
            lines.removeSubrange(0...end)
        }

        var blocks: [[String]] = []
        var current: [String] = []
        for line in lines {
            let trimmed = line.trimmed(" \t")
            if trimmed.isEmpty {
                if !current.isEmpty { blocks.append(current); current = [] }
            } else {
                current.append(trimmed)
            }
        }
        if !current.isEmpty { blocks.append(current) }

        var title = fields["title"]
        if title == nil {
            guard !blocks.isEmpty else { return nil }
            title = blocks[0].removeFirst()
            if blocks[0].isEmpty { blocks.removeFirst() }
        }
        guard let title, !blocks.isEmpty || fields["title"] != nil else { return nil }

        var parsed = Parsed(
            title: TextNormalizer.collapseWhitespace(title), date: nil, unreadableDate: nil,
            source: fields["source"], url: fields["url"], author: fields["author"],
            caption: fields["caption"] ?? fields["byline"], paragraphs: [])
        if let written = fields["date"] {
            parsed.date = DateLine.parse(written)
            if parsed.date == nil { parsed.unreadableDate = written }
        }

        // The header: a dateline (with the caption on the lines under it), then perhaps a byline.
        if let first = blocks.first, let date = DateLine.parse(first[0]) {
            if parsed.date == nil && parsed.unreadableDate == nil { parsed.date = date }
            let rest = first.dropFirst()
            if !rest.isEmpty, parsed.caption == nil { parsed.caption = rest.joined(separator: " ") }
            blocks.removeFirst()
        }
        if let first = blocks.first, first.count == 1, isByline(first[0]), blocks.count > 1 {
            if parsed.caption == nil { parsed.caption = first[0] }
            if parsed.author == nil, let author = author(fromByline: first[0]) { parsed.author = author }
            blocks.removeFirst()
        }

        if blocks.count == 1, blocks[0].count > 1,
           blocks[0].reduce(0, { $0 + $1.count }) / blocks[0].count > paragraphPerLineThreshold {
            parsed.paragraphs = blocks[0]
        } else {
            parsed.paragraphs = blocks.map { TextNormalizer.collapseWhitespace($0.joined(separator: " ")) }
        }
        return parsed
    }

    /// `By Jane Doe`, `Photo: …`, or a line ending in a bracketed credit (`… [Reuters/J. Doe]`).
    static func isByline(_ line: String) -> Bool {
        guard line.count <= 200 else { return false }
        let lower = line.lowercased()
        return lower.hasPrefix("by ") || lower.hasPrefix("photo:") || lower.hasPrefix("image:")
            || (line.hasSuffix("]") && line.contains("["))
    }

    static func author(fromByline line: String) -> String? {
        guard line.lowercased().hasPrefix("by ") else { return nil }
        let name = line.dropFirst(3).trimmed(" \t,")
        return name.isEmpty ? nil : name
    }
}

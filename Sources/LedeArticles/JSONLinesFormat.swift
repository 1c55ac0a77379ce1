import Foundation

/// Reads one article from a line of JSON Lines as written by common news crawlers
/// (news-please, newspaper3k, Trafilatura): `title`, `date`/`date_publish`,
/// `text`/`maintext`, `source`/`source_domain`, `url`, `author`/`authors`.
public enum JSONLinesFormat {
    static let titleKeys = ["title", "headline"]
    static let dateKeys = ["date", "date_publish", "published", "pubdate", "date_published"]
    static let textKeys = ["text", "maintext", "body", "content"]
    static let sourceKeys = ["source", "source_domain", "publisher", "site_name"]
    static let urlKeys = ["url", "link"]
    static let authorKeys = ["author", "authors", "byline"]

    public enum LineError: Error, Equatable {
        case malformed(String)
        case notAnObject
        case noText
    }

    public struct Parsed {
        public var title: String
        public var date: CalendarDate?
        public var unreadableDate: String?
        public var source: String?
        public var url: String?
        public var author: String?
        public var paragraphs: [String]
        /// NUL characters in the text fields, each kept as U+FFFD.
        public var nulCount = 0
    }

    public static func parse(line: Data) -> Result<Parsed, LineError> {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: line, options: [])
        } catch {
            return .failure(.malformed(shortReason(error)))
        }
        guard let dict = object as? [String: Any] else { return .failure(.notAnObject) }
        var nulCount = 0
        func string(_ keys: [String]) -> String? {
            for key in keys {
                let raw = (dict[key] as? String).flatMap { $0.isEmpty ? nil : $0 }
                    ?? (dict[key] as? [String]).flatMap { $0.isEmpty ? nil : $0.joined(separator: ", ") }
                guard let raw else { continue }
                nulCount += TextNormalizer.nulCount(raw)
                return TextNormalizer.normalize(raw)
            }
            return nil
        }
        guard let text = string(textKeys) else { return .failure(.noText) }
        var paragraphs = splitParagraphs(text)
        guard !paragraphs.isEmpty else { return .failure(.noText) }
        let title: String
        if let t = string(titleKeys) {
            title = TextNormalizer.collapseWhitespace(t)
        } else {
            title = String(paragraphs[0].prefix(80))
            if paragraphs.count > 1 && paragraphs[0].count <= 80 { paragraphs.removeFirst() }
        }
        var parsed = Parsed(
            title: title, date: nil, unreadableDate: nil, source: string(sourceKeys),
            url: string(urlKeys), author: string(authorKeys), paragraphs: paragraphs)
        if let written = string(dateKeys) {
            parsed.date = DateLine.parse(written)
            if parsed.date == nil { parsed.unreadableDate = written }
        }
        parsed.nulCount = nulCount
        return .success(parsed)
    }

    /// Paragraphs are separated by blank lines; text with none is split at single line breaks.
    /// One pass over the UTF-8 bytes: splits and collapses whitespace (ASCII bytes never occur
    /// inside a multi-byte sequence, so this is safe for any text).
    static func splitParagraphs(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes -> [String] in
            var blankLines = false
            var previous: UInt8 = 0
            for b in bytes {
                if b == 0x0A && previous == 0x0A { blankLines = true; break }
                previous = b
            }
            var paragraphs: [String] = []
            var current: [UInt8] = []
            current.reserveCapacity(1024)
            var pendingSpace = false
            var newlines = 0
            func finish() {
                if !current.isEmpty { paragraphs.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
                pendingSpace = false
            }
            for b in bytes {
                if b == 0x0A {
                    newlines += 1
                    if !blankLines || newlines == 2 { finish() } else { pendingSpace = !current.isEmpty }
                    continue
                }
                newlines = 0
                if b == 0x20 || b == 0x09 {
                    pendingSpace = !current.isEmpty
                } else {
                    if pendingSpace { current.append(0x20); pendingSpace = false }
                    current.append(b)
                }
            }
            finish()
            return paragraphs
        }
    }

    static func shortReason(_ error: Error) -> String {
        let text = "\((error as NSError).userInfo[NSDebugDescriptionErrorKey] ?? "not valid JSON")"
        return text.count > 80 ? String(text.prefix(77)) + "…" : text
    }
}

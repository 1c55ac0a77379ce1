import LedeArticles

/// One annotated article: its text cut into paragraphs, its creation date and the gold expressions.
public struct TimexDocument: Sendable {
    /// A gold TIMEX3: where it stands in `text` (Unicode scalars), its type and value.
    public struct Gold: Sendable, Equatable {
        public var range: Range<Int>
        public var type: String
        public var value: String
        public var text: String
    }

    public var name: String
    /// The paragraphs, and the scalar offset of each in `text` (paragraphs are joined by "\n\n").
    public var paragraphs: [String]
    public var offsets: [Int]
    public var documentDate: CalendarDate?
    public var gold: [Gold]
    /// Spans not scored: the creation-time expression itself.
    public var excluded: [Range<Int>]
    /// Nothing at or after this scalar offset is scored (MEANTIME annotates only the opening sentences).
    public var scoredLimit: Int?

    public init(name: String, paragraphs: [String], documentDate: CalendarDate?, gold: [Gold],
                excluded: [Range<Int>] = [], scoredLimit: Int? = nil) {
        self.name = name
        self.paragraphs = paragraphs
        var offsets: [Int] = []
        var position = 0
        for paragraph in paragraphs {
            offsets.append(position)
            position += paragraph.unicodeScalars.count + 2
        }
        self.offsets = offsets
        self.documentDate = documentDate
        self.gold = gold
        self.excluded = excluded
        self.scoredLimit = scoredLimit
    }

    /// Words as whitespace-separated runs, for the speed figure.
    public var wordCount: Int {
        paragraphs.reduce(0) { $0 + $1.split(whereSeparator: { $0 == " " || $0 == "\n" }).count }
    }
}

/// Problems reading an evaluation folder.
public enum TimexEvalError: Error, Equatable, CustomStringConvertible {
    case unreadable(path: String)
    case unknownFormat(path: String)
    case empty(directory: String)

    public var description: String {
        switch self {
        case .unreadable(let path): return "cannot read \(path)"
        case .unknownFormat(let path): return "\(path): neither TimeML (<TimeML>, <TEXT>) nor MEANTIME (<token>, <Markables>)"
        case .empty(let directory): return "no .tml or .xml files under \(directory)"
        }
    }
}

/// XML text helpers shared by the two readers: entities and attributes, by hand.
enum XMLText {
    static func decodeEntities(_ s: Substring) -> String {
        guard s.contains("&") else { return String(s) }
        var out = ""
        var i = s.startIndex
        while i < s.endIndex {
            if s[i] == "&", let semi = s[i...].firstIndex(of: ";"), s.distance(from: i, to: semi) <= 8 {
                let name = s[s.index(after: i)..<semi]
                var replacement: String? = nil
                switch name {
                case "amp": replacement = "&"
                case "lt": replacement = "<"
                case "gt": replacement = ">"
                case "quot": replacement = "\""
                case "apos": replacement = "'"
                default:
                    if name.hasPrefix("#x"), let v = UInt32(name.dropFirst(2), radix: 16), let u = Unicode.Scalar(v) { replacement = String(Character(u)) }
                    else if name.hasPrefix("#"), let v = UInt32(name.dropFirst()), let u = Unicode.Scalar(v) { replacement = String(Character(u)) }
                }
                if let replacement {
                    out += replacement
                    i = s.index(after: semi)
                    continue
                }
            }
            out.append(s[i])
            i = s.index(after: i)
        }
        return out
    }

    /// `name="value"` pairs of a start tag's inside.
    static func attributes(_ tag: Substring) -> [String: String] {
        var result: [String: String] = [:]
        var rest = tag[...]
        while let eq = rest.firstIndex(of: "=") {
            let name = rest[..<eq].split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).last.map(String.init) ?? ""
            var after = rest[rest.index(after: eq)...]
            guard let quote = after.first, quote == "\"" || quote == "'" else { break }
            after = after.dropFirst()
            guard let close = after.firstIndex(of: quote) else { break }
            result[name] = decodeEntities(after[..<close])
            rest = after[after.index(after: close)...]
        }
        return result
    }

    static func date(_ value: String?) -> CalendarDate? {
        guard let value, value.count >= 10 else { return nil }
        return CalendarDate.parseISOPrefix(String(value.prefix(10)))
    }
}

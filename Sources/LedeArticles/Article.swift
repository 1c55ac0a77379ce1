/// One news article as lede keeps it: metadata, the caption or byline apart, and the body as paragraphs.
public struct Article: Sendable, Equatable {
    /// Short, readable, stable id (see `ArticleID`); unique within a workspace.
    public var id: String
    public var title: String
    /// The publication date, when the file gives one.
    public var date: CalendarDate?
    public var source: String?
    public var url: String?
    public var author: String?
    /// Where the article came from, as the user named it (relative where possible), `file.jsonl:12` for JSON Lines.
    public var path: String
    /// Photo caption or byline found between the headline and the body; never part of the body.
    public var caption: String?
    public var paragraphs: [String]

    public init(
        id: String = "", title: String, date: CalendarDate? = nil, source: String? = nil,
        url: String? = nil, author: String? = nil, path: String, caption: String? = nil,
        paragraphs: [String]
    ) {
        self.id = id.isEmpty ? ArticleID.make(title: title, path: path) : id
        self.title = title
        self.date = date
        self.source = source
        self.url = url
        self.author = author
        self.path = path
        self.caption = caption
        self.paragraphs = paragraphs
    }

    /// Words in the body, counted as runs of letters or digits.
    public var wordCount: Int { paragraphs.reduce(0) { $0 + WordCounter.count($1) } }

    /// A hash of what the article says (title, date and body), so that the same article
    /// loaded twice from different places is recognised.
    public var contentHash: String {
        var hasher = ContentHasher()
        hasher.combine(title)
        hasher.combine(date?.iso ?? "")
        for paragraph in paragraphs { hasher.combine(paragraph) }
        return hasher.hexDigest
    }
}

/// Counts words without allocating: a word is a maximal run of letters, digits or inner apostrophes.
public enum WordCounter {
    public static func count(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            // ASCII letters and digits, and every byte of a multi-byte scalar, continue a word.
            let isWordByte = (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte >= 0x80
            if isWordByte {
                if !inWord { count += 1; inWord = true }
            } else if !(inWord && byte == 0x27) {
                inWord = false
            }
        }
        return count
    }
}

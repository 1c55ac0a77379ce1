/// Where a paragraph is kept: its article's rowid and its index in the article, packed into
/// the paragraph table's rowid, so that an article's paragraphs are one run of keys, in order.
enum ParagraphPosition {
    /// Bits for the index: an article may hold 4,294,967,296 paragraphs (more than a plain-text
    /// file within the loader's size limit can), and 2,147,483,648 articles fit above them.
    static let indexBits = 32
    static let lastIndex: Int64 = (1 << indexBits) - 1

    static func of(article: Int64, index: Int) -> Int64 { article << indexBits | Int64(index) }

    /// The SQL for the key of paragraph `index` of article `article` (two SQL expressions).
    static func sql(article: String, index: String) -> String { "((\(article) << \(indexBits)) | \(index))" }

    /// The SQL condition that a paragraph `p` belongs to the article whose rowid is `article`.
    static func sqlInArticle(_ article: String, paragraph p: String = "p") -> String {
        "\(p).position BETWEEN (\(article) << \(indexBits)) AND ((\(article) << \(indexBits)) | \(lastIndex))"
    }
}

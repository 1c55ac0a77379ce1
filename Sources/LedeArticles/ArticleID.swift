import Foundation

/// Makes the short, readable ids that name articles in queries and saved sessions.
///
/// An id is up to three significant words of the title (at most 24 characters), folded to
/// ASCII lowercase and joined by hyphens (`In Moscow, U.S. Secretary Kerry Gets…` → `moscow-secretary-kerry`). It depends
/// on the article alone, so the same file gets the same id in every workspace. When two
/// different articles would share an id, the workspace gives both of them part of their
/// content hash (`world-health-e007`, `world-health-1726`), whatever the order they came in.
public enum ArticleID {
    /// Words that carry no meaning on their own in a headline.
    static let skippedWords: Set<String> = [
        "a", "an", "the", "in", "of", "on", "at", "to", "for", "and", "or", "as", "by", "with",
        "from", "after", "is", "are", "was", "were", "be", "its", "it", "into", "over", "s", "u",
        "us", "says", "said", "new", "than", "that", "this", "their", "his", "her", "up",
        "he", "she", "they", "we", "you", "can", "may", "will", "has", "have", "had", "not",
    ]
    static let wordsPerID = 3
    static let maximumLength = 24

    public static func make(title: String, path: String) -> String {
        var words = slugWords(title).filter { !skippedWords.contains($0) && $0.count > 1 }
        if words.isEmpty {
            let stem = (path.split(separator: "/").last.map(String.init) ?? path)
                .split(separator: ".").first.map(String.init) ?? "article"
            words = slugWords(stem)
        }
        var id = ""
        for word in words.prefix(wordsPerID) {
            let next = id.isEmpty ? word : id + "-" + word
            if next.count > maximumLength && !id.isEmpty { break }  // whole words only
            id = String(next.prefix(maximumLength))
        }
        return id.isEmpty ? "article" : id
    }

    /// The id made unique by part of the content hash.
    public static func disambiguated(_ id: String, hash: String, length: Int = 4) -> String {
        "\(id)-\(hash.prefix(length))"
    }

    /// Lowercased ASCII words of `text`, with diacritics folded and apostrophes dropped.
    static func slugWords(_ text: String) -> [String] {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var words: [String] = []
        var current = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar)) {
                current.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "\u{2019}" {
                continue
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}

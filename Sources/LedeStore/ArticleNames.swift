import LedeAnalysis

/// The names an article mentions, as the workspace keeps them: one text per article, a line
/// per name — a letter for its kind, the name, a unit separator, then the paragraphs that
/// mention it, comma-separated. One row per article instead of one per mention (eighteen per
/// article on average), and each name once.
public enum ArticleNames {
    static let nameEnd: Character = "\u{1F}"
    static let entryEnd: Character = "\n"

    static func letter(_ kind: Mention.Kind) -> Character {
        switch kind {
        case .person: return "p"
        case .organization: return "o"
        case .place: return "l"
        }
    }

    static func kind(_ letter: Character) -> Mention.Kind? {
        switch letter {
        case "p": return .person
        case "o": return .organization
        case "l": return .place
        default: return nil
        }
    }

    /// The stored text for an article's mentions: names in the order first mentioned.
    public static func encode(_ mentions: [Mention]) -> String {
        struct Entry {
            var kind: Mention.Kind
            var name: String
            var paragraphs: [Int]
        }
        var entries: [Entry] = []
        var index: [String: Int] = [:]
        for mention in mentions {
            // A separator inside a name (never seen: names are runs of words) becomes a space.
            let name = String(mention.name.map { $0 == nameEnd || $0 == entryEnd ? " " : $0 })
            let key = String(letter(mention.kind)) + name
            if let at = index[key] {
                if entries[at].paragraphs.last != mention.paragraph { entries[at].paragraphs.append(mention.paragraph) }
            } else {
                index[key] = entries.count
                entries.append(Entry(kind: mention.kind, name: name, paragraphs: [mention.paragraph]))
            }
        }
        return entries.map { entry in
            String(letter(entry.kind)) + entry.name + String(nameEnd) + entry.paragraphs.map(String.init).joined(separator: ",")
        }.joined(separator: String(entryEnd))
    }

    /// The names in a stored text; a line that does not read is skipped.
    public static func decode(_ stored: String, article: String) -> [NameInArticle] {
        stored.split(separator: entryEnd).compactMap { line in
            guard let first = line.first, let kind = kind(first), let end = line.firstIndex(of: nameEnd) else { return nil }
            let name = String(line[line.index(after: line.startIndex)..<end])
            let paragraphs = line[line.index(after: end)...].split(separator: ",").compactMap { Int($0) }
            return NameInArticle(article: article, name: name, kind: kind, paragraphs: paragraphs)
        }
    }
}

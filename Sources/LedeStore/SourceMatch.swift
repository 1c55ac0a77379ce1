/// How `source:` matches a source name: the whole name (ASCII letters in any case, as SQLite's
/// NOCASE folds them), or words of it in a row, with the punctuation that joins words in source
/// names (`Harbor-Gazette`, `Gazette.com`, `Times, The`, `AP/Reuters`) read as spaces on both sides.
public enum SourceMatch {
    public static let joiners: [Character] = ["-", ".", ",", "/"]

    /// What a user typed after `source:`, lower case, joiners as spaces.
    public static func wordsTyped(_ typed: String) -> String {
        String(typed.lowercased().map { joiners.contains($0) ? " " : $0 })
    }
}

/// LIKE patterns made from what a user typed.
public enum LikePattern {
    /// `text` with LIKE's wildcards and its escape character escaped (with a backslash).
    public static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { out.append("\\") }
            out.append(character)
        }
        return out
    }
}

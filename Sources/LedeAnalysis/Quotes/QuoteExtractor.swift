/// Finds quotes and their speakers in an article's paragraphs.
public enum QuoteExtractor {
    public static func extract(paragraphs: [String]) -> [Quote] {
        []  // TODO(issue 5): quote extraction and attribution.
    }
}

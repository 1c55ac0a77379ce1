import LedeArticles

/// Finds temporal expressions and normalizes them against the article's date.
public enum TemporalTagger {
    public static func tag(paragraphs: [String], documentDate: CalendarDate?) -> [TemporalExpression] {
        []  // TODO(issue 6): temporal tagging.
    }
}

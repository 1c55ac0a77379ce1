import LedeArticles

/// Everything analysis extracts from one article, ready for the store.
public struct ArticleAnalysis: Sendable, Equatable {
    public var quotes: [Quote]
    public var temporals: [TemporalExpression]
    public var mentions: [Mention]

    public init(quotes: [Quote] = [], temporals: [TemporalExpression] = [], mentions: [Mention] = []) {
        self.quotes = quotes
        self.temporals = temporals
        self.mentions = mentions
    }
}

/// Runs every analysis over an article: pure functions of its text and date.
public enum Analyzer {
    public static func analyze(_ article: Article) -> ArticleAnalysis {
        // Quotes and mentions share one tokenization of the text.
        let (quotes, mentions) = QuoteExtractor.extractWithMentions(paragraphs: article.paragraphs)
        let temporals = TemporalTagger.tag(paragraphs: article.paragraphs, documentDate: article.date)
        return ArticleAnalysis(quotes: quotes, temporals: temporals, mentions: mentions)
    }
}

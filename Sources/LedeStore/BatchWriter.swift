import Foundation
import LedeAnalysis
import LedeArticles

/// An article read and analysed, with everything that does not depend on where it is stored
/// worked out: what a load hands a store.
public struct AnalysedArticle: Sendable {
    public var article: Article
    /// The content hash: an article already stored under it is not added again.
    public var hash: String
    public var words: Int
    public var analysis: ArticleAnalysis
    /// Per quote: the speaker's key and the keys of every way of naming them (nil for a quote
    /// without a speaker).
    public var speakerKeys: [SpeakerKeys?]
    /// Per date: where its sentence stands in its paragraph, so the sentence need not be stored
    /// twice; nil where it cannot be found there as written.
    public var sentencePlaces: [TextPlace?]
    /// Per quote: where its text stands in its paragraph, likewise (a quote that runs over
    /// several paragraphs, or was joined from pieces, has none).
    public var quotePlaces: [TextPlace?]

    public init(
        article: Article, hash: String, words: Int, analysis: ArticleAnalysis, speakerKeys: [SpeakerKeys?],
        sentencePlaces: [TextPlace?], quotePlaces: [TextPlace?]
    ) {
        self.article = article
        self.hash = hash
        self.words = words
        self.analysis = analysis
        self.speakerKeys = speakerKeys
        self.sentencePlaces = sentencePlaces
        self.quotePlaces = quotePlaces
    }
}

/// How a speaker is looked up: their key, and the keys of every way of naming them.
public struct SpeakerKeys: Sendable, Equatable {
    public var key: String
    public var variants: [String]

    public init(key: String, variants: [String]) {
        self.key = key
        self.variants = variants
    }
}

/// Where a sentence or a quote stands in its paragraph, in Unicode scalars: SQL's `substr`
/// counts the same units, so the text is read back from the paragraph's stored text.
public struct TextPlace: Sendable, Equatable {
    public var start: Int
    public var length: Int

    /// The first place `text` stands in `paragraph` exactly (the same scalars); nil when it
    /// does not.
    public init?(of text: String, in paragraph: String) {
        guard !text.isEmpty, let found = paragraph.range(of: text, options: .literal) else { return nil }
        let scalars = paragraph.unicodeScalars
        let length = text.unicodeScalars.count
        // Read back as SQL will (so many scalars from there), and kept only if that gives the
        // text exactly: a literal search can still match canonically equal text.
        guard let to = scalars.index(found.lowerBound, offsetBy: length, limitedBy: scalars.endIndex),
              scalars[found.lowerBound..<to].elementsEqual(text.unicodeScalars) else { return nil }
        start = scalars.distance(from: scalars.startIndex, to: found.lowerBound)
        self.length = length
    }
}

/// What writing one batch did.
public struct WrittenBatch: Sendable, Equatable {
    /// Ids of the articles added, in batch order.
    public var added: [String] = []
    /// Ids of articles the workspace already held (or the batch held twice).
    public var alreadyPresent: [String] = []
    /// Ids that stored articles gave up in this batch, a later title sharing their slug:
    /// old id → new id.
    public var renamed: [String: String] = [:]

    public init() {}
}

/// The store's side of a load: it is handed analysed articles in batches and only stores them.
/// Reading, analysing and the order of work belong to the ingest.
public protocol BatchWriter: Sendable {
    /// What the store makes of an article before writing it.
    associatedtype Prepared: Sendable

    /// The ids of stored articles among `hashes` (hash → id), read beside the writer, so that
    /// a repeated or resumed load passes over them without analysing them. Nothing when the
    /// store cannot tell now: the write's own check still finds them.
    func storedIDs(ofHashes hashes: [String]) -> [String: String]
    /// What the store writes for these articles, worked out on an analysing thread: the writer
    /// is the bottleneck of a load, so everything that is not writing happens here.
    func prepare(_ articles: [AnalysedArticle]) -> [Prepared]
    /// Writes one batch in one transaction: all of it, or nothing when it throws (a
    /// `StoreError`). Articles whose content is already stored are counted, not added.
    func write(_ batch: [Prepared]) throws -> WrittenBatch
    /// After the last batch of a load that did not fail.
    func finish()
}

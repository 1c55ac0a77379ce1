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
    /// does not. Equal scalars are equal UTF-8 bytes, and a match of valid UTF-8 starts on a
    /// scalar's first byte, so the search runs over bytes.
    public init?(of text: String, in paragraph: String) {
        var text = text
        var paragraph = paragraph
        let place = text.withUTF8 { needle in
            paragraph.withUTF8 { haystack in Self.firstPlace(of: needle, in: haystack) }
        }
        guard let place else { return nil }
        self = place
    }

    static func firstPlace(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> TextPlace? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        let lastStart = haystack.count - needle.count
        var offset = 0
        while offset <= lastStart {
            guard let found = (offset...lastStart).first(where: { haystack[$0] == first }) else { return nil }
            if memcmp(haystack.baseAddress! + found, needle.baseAddress!, needle.count) == 0 {
                return TextPlace(start: scalarCount(haystack[..<found]), length: scalarCount(needle[...]))
            }
            offset = found + 1
        }
        return nil
    }

    /// Scalars in valid UTF-8: every byte but continuation bytes (10xxxxxx) starts one.
    static func scalarCount(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    init(start: Int, length: Int) {
        self.start = start
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

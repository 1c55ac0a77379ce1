import Foundation

/// A search read as the SQLite index reads its FTS5 expression, evaluated in Swift over the
/// places of an article's words: what lets another backend match and rank exactly as the SQLite
/// workspace does. A query is a tree of phrase groups: a word or a quoted phrase is a group of
/// one phrase, `near/N` a group of several, each phrase optionally held to one column.
public struct IndexQuery: Sendable {
    /// Words that must stand in a row; with `prefix`, the last may only begin with its word.
    public struct Phrase: Sendable, Equatable {
        public var words: [String]
        public var prefix: Bool
        /// The column a `title:` or `body:` around it holds it to.
        public var column: IndexColumn?
    }

    /// How the query's phrase groups combine.
    public indirect enum Shape: Sendable {
        /// Phrases (by index) within `distance` words of each other; one phrase alone is a group too.
        case group([Int], distance: Int)
        case and([Shape])
        case or([Shape])
        case not(Shape, excluding: Shape)

        /// Whether an index of word places reads this part exactly: anything but a `near` group.
        public var isExactInIndex: Bool {
            switch self {
            case .group(let phrases, _): return phrases.count == 1
            case .and(let nodes), .or(let nodes): return nodes.allSatisfy(\.isExactInIndex)
            case .not(let positive, let negative): return positive.isExactInIndex && negative.isExactInIndex
            }
        }
    }

    /// Every phrase, in the order the FTS5 expression names them: BM25 sums them in that order.
    public private(set) var phrases: [Phrase] = []
    public let shape: Shape

    /// FTS5's default distance for NEAR without one.
    static let defaultNearDistance = 10

    public init(_ node: SearchNode, words: IndexWords) {
        var phrases: [Phrase] = []
        func build(_ node: SearchNode, column: IndexColumn?) -> Shape {
            /// The phrase a word or quoted phrase stands for, added to `phrases`; nil for any
            /// other node, and, with `droppingEmpty`, for one with no words in it.
            func single(_ node: SearchNode, droppingEmpty: Bool = false) -> Int? {
                let phrase: Phrase
                switch node {
                case .term(let word, let prefix): phrase = Phrase(words: words.sequence(word), prefix: prefix, column: column)
                case .phrase(let list): phrase = Phrase(words: words.sequence(list.joined(separator: " ")), prefix: false, column: column)
                default: return nil
                }
                if droppingEmpty && phrase.words.isEmpty { return nil }
                phrases.append(phrase)
                return phrases.count - 1
            }
            switch node {
            case .term, .phrase: return .group([single(node)!], distance: 0)
            case .near(let nodes, let distance):
                // A phrase with no words in it (punctuation alone) is left out of the group, as
                // FTS5's parser leaves it out; the others must still be near each other.
                return .group(nodes.compactMap { single($0, droppingEmpty: true) }, distance: distance)
            case .field(let name, let inner): return build(inner, column: IndexColumn(rawValue: name) ?? column)
            case .and(let nodes): return .and(nodes.map { build($0, column: column) })
            case .or(let nodes): return .or(nodes.map { build($0, column: column) })
            case .not(let positive, let negative): return .not(build(positive, column: column), excluding: build(negative, column: column))
            }
        }
        shape = build(node, column: nil)
        self.phrases = phrases
    }

    private init(phrases: [Phrase], shape: Shape) {
        self.phrases = phrases
        self.shape = shape
    }

    /// Phrase `index` alone, with its column: what BM25 counts the articles of (FTS5 weighs each
    /// phrase by how many articles it matches on its own, whatever the rest of the query).
    public func phraseAlone(_ index: Int) -> IndexQuery {
        IndexQuery(phrases: [phrases[index]], shape: .group([0], distance: 0))
    }

    /// The words an evaluation needs the places of (a prefix stands for every word it begins).
    public var lookups: [IndexLookup] {
        var seen = Set<IndexLookup>()
        var result: [IndexLookup] = []
        for phrase in phrases {
            for (index, word) in phrase.words.enumerated() {
                let lookup = IndexLookup(word: word, prefix: phrase.prefix && index == phrase.words.count - 1)
                if seen.insert(lookup).inserted { result.append(lookup) }
            }
        }
        return result
    }

    /// Per phrase, its instances in a matching article (column, place), as FTS5 reports them to
    /// its ranking function; nil when the article does not match.
    public func evaluate(_ places: [String: [IndexWords.Place]]) -> [[IndexWords.Place]]? {
        var instances = Array(repeating: [IndexWords.Place](), count: phrases.count)
        var groupMatches: [Int: [[Int64]]] = [:]  // first phrase of a group → its phrases' kept places
        func phrasePlaces(_ index: Int) -> [Int64] {
            let phrase = phrases[index]
            guard let first = phrase.words.first else { return [] }
            func placesOf(_ word: String, prefix: Bool) -> [IndexWords.Place] {
                guard prefix else { return places[word] ?? [] }
                return places.filter { $0.key.hasPrefix(word) }.flatMap(\.value)
            }
            let last = phrase.words.count - 1
            // Where each later word of the phrase stands, to check it follows the first.
            let following: [Set<Int64>] = last == 0 ? [] : (1...last).map { offset in
                Set(placesOf(phrase.words[offset], prefix: phrase.prefix && offset == last).map(Self.encoded))
            }
            var result: [Int64] = []
            for place in placesOf(first, prefix: phrase.prefix && last == 0) {
                if let column = phrase.column, place.column != column { continue }
                let start = Self.encoded(place)
                if following.enumerated().allSatisfy({ $0.element.contains(start + Int64($0.offset + 1)) }) {
                    result.append(start)
                }
            }
            return result.sorted()
        }
        func matches(_ node: Shape) -> Bool {
            switch node {
            case .group(let indexes, let distance):
                guard !indexes.isEmpty else { return false }
                let lists = indexes.map(phrasePlaces)
                guard let kept = Self.near(lists, lengths: indexes.map { phrases[$0].words.count }, distance: distance) else { return false }
                groupMatches[indexes[0]] = kept
                return true
            case .and(let nodes): return nodes.allSatisfy(matches)
            case .or(let nodes):
                // Every branch is tested: each one that matches reports its phrases.
                return nodes.map(matches).contains(true)
            case .not(let positive, let negative): return matches(positive) && !matches(negative)
            }
        }
        // Only groups on a path of matching nodes report instances: FTS5 has moved the others
        // past this article.
        func collect(_ node: Shape) {
            switch node {
            case .group(let indexes, _):
                guard let first = indexes.first, let kept = groupMatches[first] else { return }
                for (index, list) in zip(indexes, kept) { instances[index] = list.map(Self.decoded) }
            case .and(let nodes): nodes.forEach(collect)
            case .or(let nodes): for node in nodes where isMatch(node) { collect(node) }
            case .not(let positive, _): collect(positive)
            }
        }
        func isMatch(_ node: Shape) -> Bool {
            switch node {
            case .group(let indexes, _): return indexes.first.map { groupMatches[$0] != nil } ?? false
            case .and(let nodes): return nodes.allSatisfy(isMatch)
            case .or(let nodes): return nodes.contains(where: isMatch)
            case .not(let positive, let negative): return isMatch(positive) && !isMatch(negative)
            }
        }
        guard matches(shape) else { return nil }
        collect(shape)
        return instances
    }

    /// A place as FTS5 orders them: the column in the high half, the word's place in the low.
    static func encoded(_ place: IndexWords.Place) -> Int64 {
        Int64(place.column == .title ? 0 : 1) << 32 | Int64(place.position)
    }

    static func decoded(_ value: Int64) -> IndexWords.Place {
        IndexWords.Place(column: value >> 32 == 0 ? .title : .body, position: Int(value & 0xFFFF_FFFF))
    }

    /// FTS5's NEAR: the phrases' places (sorted) that take part in a match, found by the same
    /// sweep FTS5 makes (so that the places kept, which ranking counts, are the same); nil when
    /// there is no match. A group of one phrase keeps all its places.
    static func near(_ lists: [[Int64]], lengths: [Int], distance: Int) -> [[Int64]]? {
        guard lists.allSatisfy({ !$0.isEmpty }) else { return nil }
        guard lists.count > 1 else { return lists }
        var cursor = Array(repeating: 0, count: lists.count)
        var kept = Array(repeating: [Int64](), count: lists.count)
        func position(_ i: Int) -> Int64? { cursor[i] < lists[i].count ? lists[i][cursor[i]] : nil }
        func lookahead(_ i: Int) -> Int64 { cursor[i] + 1 < lists[i].count ? lists[i][cursor[i] + 1] : Int64.max }
        sweep: while true {
            var highest = lists[0][cursor[0]]
            var allInReach: Bool
            repeat {
                allInReach = true
                for i in lists.indices {
                    // A phrase too far behind the furthest one moves on; one beyond it becomes
                    // the furthest, and every phrase is checked again against it.
                    let reach = highest - Int64(distance) - Int64(lengths[i])
                    if lists[i][cursor[i]] < reach || lists[i][cursor[i]] > highest {
                        allInReach = false
                        while let current = position(i), current < reach { cursor[i] += 1 }
                        if position(i) == nil { break sweep }
                        if lists[i][cursor[i]] > highest { highest = lists[i][cursor[i]] }
                    }
                }
            } while !allInReach
            for i in lists.indices where kept[i].last != lists[i][cursor[i]] {
                kept[i].append(lists[i][cursor[i]])
            }
            var advance = 0
            var lowest = lookahead(0)
            for i in lists.indices where lookahead(i) < lowest {
                lowest = lookahead(i)
                advance = i
            }
            cursor[advance] += 1
            if position(advance) == nil { break }
        }
        return kept[0].isEmpty ? nil : kept
    }
}

/// A word whose places a query needs, or with `prefix` every word beginning so.
public struct IndexLookup: Sendable, Hashable {
    public var word: String
    public var prefix: Bool
}

/// BM25 as the SQLite index computes it (FTS5's `bm25()` with title weighed 10 and body 1):
/// the same formula in the same order of operations, so that both backends give equal scores.
public struct BM25: Sendable {
    public static let titleWeight = 10.0
    public static let bodyWeight = 1.0
    static let k1 = 1.2
    static let b = 0.75
    /// The least a phrase's inverse document frequency may be (FTS5 keeps it positive).
    static let smallestIDF = 1e-6

    /// Per phrase of the query.
    let inverseFrequencies: [Double]
    let averageLength: Double

    /// - Parameters:
    ///   - articles: rows in the index; `words`: words in all of them (title and body).
    ///   - matching: per phrase, how many articles it matches on its own.
    public init(articles: Int64, words: Int64, matching: [Int64]) {
        averageLength = Double(words) / Double(articles)
        inverseFrequencies = matching.map { hits in
            let value = Foundation.log((Double(articles - hits) + 0.5) / (Double(hits) + 0.5))
            return value <= 0 ? Self.smallestIDF : value
        }
    }

    /// The score of an article with these instances per phrase and `length` words in all
    /// (larger is better).
    public func score(instances: [[IndexWords.Place]], length: Int) -> Double {
        let documentLength = Double(length)
        var score = 0.0
        for (index, places) in instances.enumerated() {
            var frequency = 0.0
            for place in places { frequency += place.column == .title ? Self.titleWeight : Self.bodyWeight }
            score += inverseFrequencies[index] * ((frequency * (Self.k1 + 1.0))
                / (frequency + Self.k1 * (1 - Self.b + Self.b * documentLength / averageLength)))
        }
        return score
    }
}

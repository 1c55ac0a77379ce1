import Foundation
import LedeAnalysis
import LedeArticles
import LedeStore

/// `compare A vs B`: two articles (or let sets), two speakers, or two terms side by side.
extension Evaluator {
    enum Side {
        case articles(label: String, ids: [String])
        case speaker(name: String, keys: Set<String>)
        case term(String, SearchNode)

        var label: String {
            switch self {
            case .articles(let label, _): return label
            case .speaker(let name, _): return name
            case .term(let text, _): return "\"\(text)\""
            }
        }

        var kind: String {
            switch self {
            case .articles: return "articles"
            case .speaker: return "a speaker"
            case .term: return "a term"
            }
        }
    }

    /// Words that describe each side, most distinctive first.
    static let distinctiveWordCount = 8
    /// Words per side whose tf-idf is weighed: the most frequent ones.
    static let wordsWeighed = 300
    /// Quotes of each speaker shown side by side.
    static let quotesShown = 4
    /// Articles read per term for speakers and co-occurring words: the best-ranked ones.
    static let termArticleSample = 50

    func compare(_ left: CompareSide, _ right: CompareSide, filter: ArticleFilter) throws -> QueryResult {
        let a = try resolve(left, filter: filter)
        let b = try resolve(right, filter: filter)
        let bothSides = left.range.lowerBound..<right.range.upperBound
        switch (a, b) {
        case (.articles(_, let x), .articles(_, let y)):
            guard Set(x) != Set(y) else {
                throw QueryError("both sides are the same articles, \(a.label)", at: bothSides, suggestion: "compare two different articles or let sets")
            }
            return try compareArticles(a.label, x, b.label, y)
        case (.speaker(_, let x), .speaker(_, let y)):
            // One person on both sides would list every quote as "only" on each.
            guard x != y else {
                throw QueryError(
                    "both sides name the same speaker, \(a.label)", at: bothSides,
                    suggestion: "compare two different speakers, or use who-said \"\(a.label)\"")
            }
            return try compareSpeakers(a.label, x, b.label, y, filter: filter)
        case (.term(_, let x), .term(_, let y)):
            guard x != y else {
                throw QueryError("both sides are the same term, \(a.label)", at: bothSides, suggestion: "compare two different terms")
            }
            return try compareTerms(a.label, x, b.label, y, filter: filter)
        default:
            throw QueryError(
                "cannot compare \(a.kind) with \(b.kind)", at: left.range.lowerBound..<right.range.upperBound,
                suggestion: "compare two articles (or let sets), two speakers, or two quoted terms")
        }
    }

    func resolve(_ side: CompareSide, filter: ArticleFilter) throws -> Side {
        if side.quoted {
            // A quoted full name is a speaker when it names exactly one.
            if side.text.contains(" ") {
                let speakers = try store.speakerKeys(matching: side.text)
                if let first = speakers.first, Set(speakers.map(\.key)).count == 1 { return .speaker(name: first.name, keys: [first.key]) }
            }
            let words = SearchText.words(side.text)
            guard !words.isEmpty else { throw QueryError("nothing to compare in this term", at: side.range) }
            return .term(side.text, words.count == 1 ? .term(words[0], prefix: false) : .phrase(words))
        }
        if let set = sets[side.text] { return .articles(label: side.text, ids: try store.currentIDs(of: set)) }
        let named = try store.currentIDs(of: [side.text])
        if !named.isEmpty { return .articles(label: side.text, ids: named) }
        let speakers = try store.speakerKeys(matching: side.text)
        var distinct = Dictionary(speakers.map { ($0.key, $0.name) }, uniquingKeysWith: { a, _ in a })
        // "Trump" quoted by surname alone and "Donald Trump" are one person.
        var joined: [String: Set<String>] = [:]
        for (surname, owner) in SpeakerIdentity.fullNames(forSurnamesIn: Array(distinct.keys)) {
            joined[owner, default: [owner]].insert(surname)
            distinct[surname] = nil
        }
        if distinct.count == 1, let (key, name) = distinct.first { return .speaker(name: name, keys: joined[key] ?? [key]) }
        if distinct.count > 1 {
            throw QueryError(
                "\(QueryError.quoted(side.text)) names \(distinct.count) speakers: " + distinct.values.sorted().joined(separator: ", "), at: side.range,
                suggestion: "say which one, e.g. \"\(distinct.values.sorted()[0])\"")
        }
        let nearest = try VerbTable.nearest(to: side.text, in: sets.keys.sorted() + store.articleIDs()) ?? nearestSpeaker(to: side.text)
        throw QueryError(
            "no article, let set or speaker named \(QueryError.quoted(side.text))", at: side.range,
            suggestion: (nearest.map { "did you mean '\($0)'? " } ?? "") + "To compare it as a term, quote it: \"\(QueryError.cut(side.text))\"")
    }

    // MARK: - Articles

    func compareArticles(_ leftLabel: String, _ leftIDs: [String], _ rightLabel: String, _ rightIDs: [String]) throws -> QueryResult {
        let leftSet = Set(leftIDs), rightSet = Set(rightIDs)
        let leftCounts = Self.wordCounts(try store.paragraphs(ofArticles: leftIDs).flatMap { $0 })
        let rightCounts = Self.wordCounts(try store.paragraphs(ofArticles: rightIDs).flatMap { $0 })
        let weights = try tfidf(leftCounts, rightCounts)
        var table = ComparisonTable(left: leftLabel, right: rightLabel)
        let names = try store.namesMentioned(filter: ArticleFilter(ids: leftSet.union(rightSet)))
        for kind in Mention.Kind.allCases {
            let l = Set(names.filter { leftSet.contains($0.article) && $0.kind == kind }.map(\.name))
            let r = Set(names.filter { rightSet.contains($0.article) && $0.kind == kind }.map(\.name))
            table.add(Self.aspectName(kind), l, r)
        }
        let quotes = try store.quotes(speakerKeys: nil, filter: ArticleFilter(ids: leftSet.union(rightSet)))
        table.add("speakers", Set(quotes.filter { leftSet.contains($0.article) }.compactMap(\.quote.speaker)),
            Set(quotes.filter { rightSet.contains($0.article) }.compactMap(\.quote.speaker)))
        let temporals = try store.temporals(filter: ArticleFilter(ids: leftSet.union(rightSet)), sentenceMatch: nil, datedOnly: true, years: nil)
            .filter { TimexSpan(value: $0.expression.value) != nil }
        table.add("dates", Set(temporals.filter { leftSet.contains($0.article) }.map(\.expression.value)),
            Set(temporals.filter { rightSet.contains($0.article) }.map(\.expression.value)))
        let (similarity, drivers) = Self.cosine(weights.left, weights.right)
        table.add("words", shared: drivers, left: Self.distinctive(weights.left, against: weights.right),
                  right: Self.distinctive(weights.right, against: weights.left), similarity: similarity)
        var result = table.result
        result.summary.append("similarity \(formatDecimal(similarity, places: 3)) (cosine of tf-idf word vectors)" + (drivers.isEmpty ? "" : "; shared words that weigh most: " + drivers.prefix(5).joined(separator: ", ")))
        result.articleIDs = uniqued(leftIDs + rightIDs)
        return result
    }

    // MARK: - Speakers

    func compareSpeakers(_ leftName: String, _ leftKeys: Set<String>, _ rightName: String, _ rightKeys: Set<String>, filter: ArticleFilter) throws -> QueryResult {
        let leftQuotes = try store.quotes(speakerKeys: leftKeys, filter: filter)
        let rightQuotes = try store.quotes(speakerKeys: rightKeys, filter: filter)
        let weights = try tfidf(Self.wordCounts(leftQuotes.map(\.quote.text)), Self.wordCounts(rightQuotes.map(\.quote.text)))
        var table = ComparisonTable(left: leftName, right: rightName)
        // A sample of each side's quotes, their own words first (quoted, then partly quoted,
        // then reported), each kind in the order who-said lists them all.
        func sample(_ quotes: [StoredQuote], _ name: String) -> [String] {
            let ranked = Quote.Kind.allCases.flatMap { kind in quotes.filter { $0.quote.kind == kind } }
            var lines = ranked.prefix(Self.quotesShown).map { Self.quoteLine($0) }
            if quotes.count > Self.quotesShown { lines.append("… \(quotes.count - Self.quotesShown) more: who-said \"\(name)\"") }
            return lines
        }
        table.add(
            "quotes", shared: [], left: sample(leftQuotes, leftName), right: sample(rightQuotes, rightName),
            leftCount: leftQuotes.count, rightCount: rightQuotes.count)
        let (similarity, drivers) = Self.cosine(weights.left, weights.right)
        table.add("topics", shared: drivers, left: Self.distinctive(weights.left, against: weights.right),
            right: Self.distinctive(weights.right, against: weights.left), similarity: similarity)
        let la = Set(leftQuotes.map(\.article)), ra = Set(rightQuotes.map(\.article))
        table.add("articles", la, ra)
        let ld = Set(leftQuotes.compactMap { $0.articleDate?.iso }), rd = Set(rightQuotes.compactMap { $0.articleDate?.iso })
        table.add("dates", ld, rd)
        // People each names: person mentions inside the paragraphs they are quoted in.
        let people = try store.namesMentioned(filter: ArticleFilter(ids: la.union(ra))).filter { $0.kind == .person }
        func named(_ quotes: [StoredQuote], excluding name: String) -> Set<String> {
            let places = Set(quotes.map { ParagraphPlace(article: $0.article, paragraph: $0.quote.paragraph) })
            let named = people.filter { person in
                person.paragraphs.contains { places.contains(ParagraphPlace(article: person.article, paragraph: $0)) }
            }
            return Set(named.map(\.name)).subtracting([name])
        }
        let lp = named(leftQuotes, excluding: leftName), rp = named(rightQuotes, excluding: rightName)
        table.add("people named", lp, rp)
        var result = table.result
        result.summary.append(
            "\(leftName): \(Noun.quote.counted(leftQuotes.count)) in \(Noun.article.counted(la.count)); "
                + "\(rightName): \(Noun.quote.counted(rightQuotes.count)) in \(Noun.article.counted(ra.count)); together in \(la.intersection(ra).count)")
        result.articleIDs = uniqued(leftQuotes.map(\.article) + rightQuotes.map(\.article))
        return result
    }

    /// A paragraph of an article, where a speaker is quoted and people are named.
    struct ParagraphPlace: Hashable {
        var article: String
        var paragraph: Int
    }

    static func quoteLine(_ quote: StoredQuote) -> String {
        let text = quote.quote.text.count > 160 ? String(quote.quote.text.prefix(159)) + "…" : quote.quote.text
        return "“\(text)” (\(quote.article) ¶\(quote.quote.paragraph + 1))"
    }

    // MARK: - Terms

    func compareTerms(_ leftLabel: String, _ left: SearchNode, _ rightLabel: String, _ right: SearchNode, filter: ArticleFilter) throws -> QueryResult {
        // All matches for counts and the chart; the best-ranked few for what is read closely.
        let leftAll = try store.matching(left, filter: filter)
        let rightAll = try store.matching(right, filter: filter)
        let leftHits = try store.search(left, filter: filter, limit: Self.termArticleSample)
        let rightHits = try store.search(right, filter: filter, limit: Self.termArticleSample)
        let la = Set(leftAll.map(\.id)), ra = Set(rightAll.map(\.id))
        var table = ComparisonTable(left: leftLabel, right: rightLabel)
        let jaccard = la.union(ra).isEmpty ? 0 : Double(la.intersection(ra).count) / Double(la.union(ra).count)
        table.add("articles", la, ra, similarity: jaccard)
        // Speakers quoted saying each term, in the best-ranked articles of each.
        let sampled = Set((leftHits + rightHits).map(\.article.id))
        let quotes = try store.quotes(speakerKeys: nil, filter: ArticleFilter(ids: sampled))
        var ls = Set<String>(), rs = Set<String>()
        for quote in quotes.map(\.quote) {
            guard let speaker = quote.speaker else { continue }
            let words = SearchText.words(quote.text)
            if SearchText.matches(left, words: words) { ls.insert(speaker) }
            if SearchText.matches(right, words: words) { rs.insert(speaker) }
        }
        table.add("speakers", ls, rs)
        // Words in the paragraphs that hold each term, in the best-ranked articles.
        func neighbours(_ node: SearchNode, _ hits: [SearchHit]) throws -> [String: Int] {
            let paragraphs = try store.paragraphs(ofArticles: hits.map(\.article.id)).flatMap { $0 }
                .filter { SearchText.matches(node, words: SearchText.words($0)) }
            var counts = Self.wordCounts(paragraphs)
            for term in node.positiveTerms { counts[term.word] = nil }
            return counts
        }
        let weights = try tfidf(try neighbours(left, leftHits), try neighbours(right, rightHits))
        let (_, drivers) = Self.cosine(weights.left, weights.right)
        table.add("words around", shared: drivers, left: Self.distinctive(weights.left, against: weights.right), right: Self.distinctive(weights.right, against: weights.left))
        var result = table.result
        result.chart = Self.periodChart(leftLabel, leftAll, rightLabel, rightAll)
        result.summary.append(
            "\(leftLabel): \(Noun.article.counted(la.count)); \(rightLabel): \(Noun.article.counted(ra.count)); "
                + "both: \(la.intersection(ra).count) (Jaccard \(formatDecimal(jaccard, places: 3)))")
        result.articleIDs = uniqued(leftAll.map(\.id) + rightAll.map(\.id))
        return result
    }

    /// Article counts per day, week or month (chosen by the span), the two terms side by side;
    /// nil when no article has a date.
    static func periodChart(_ leftLabel: String, _ left: [ArticleSummary], _ rightLabel: String, _ right: [ArticleSummary]) -> Chart? {
        let dates = (left + right).compactMap(\.date)
        guard let first = dates.min(), let last = dates.max() else { return nil }
        let span = last.dayNumber - first.dayNumber
        let period: Chart.Period = span <= PeriodChart.dailySpan ? .day : span <= PeriodChart.weeklySpan ? .week : .month
        var counts: [String: [Int]] = [:]
        for (side, articles) in [left, right].enumerated() {
            for article in articles {
                guard let date = article.date else { continue }
                counts[TimelineChart.label(date, period), default: [0, 0]][side] += 1
            }
        }
        let bars = counts.keys.sorted().map { Chart.Bar(label: $0, counts: counts[$0]!) }
        return Chart(counted: "articles", period: period, series: [leftLabel, rightLabel], bars: bars)
    }

    /// How long a span of dates is charted by day, and by week (longer ones by month).
    enum PeriodChart {
        static let dailySpan = 31
        static let weeklySpan = 26 * 7
    }

    // MARK: - Shared pieces

    static func aspectName(_ kind: Mention.Kind) -> String {
        switch kind {
        case .person: return "people"
        case .organization: return "organizations"
        case .place: return "places"
        }
    }

    static func wordCounts(_ texts: [String]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for text in texts {
            for word in SearchText.words(text) where Stopwords.isContentWord(word) { counts[word, default: 0] += 1 }
        }
        return counts
    }

    /// tf-idf weights of both sides, with document frequencies from the whole workspace.
    func tfidf(_ left: [String: Int], _ right: [String: Int]) throws -> (left: [String: Double], right: [String: Double]) {
        // Each side's most frequent words carry its profile; looking up the document frequency
        // of every word once (thousands, for a prolific speaker) would cost more than the rest.
        func top(_ counts: [String: Int]) -> [String: Int] {
            guard counts.count > Self.wordsWeighed else { return counts }
            let kept = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(Self.wordsWeighed)
            return Dictionary(uniqueKeysWithValues: kept.map { ($0.key, $0.value) })
        }
        let left = top(left), right = top(right)
        let frequencies = try store.documentFrequencies(Set(left.keys).union(right.keys))
        let total = Double(max(1, try store.articleCount()))
        func weigh(_ counts: [String: Int]) -> [String: Double] {
            var weights: [String: Double] = [:]
            for (word, count) in counts {
                let df = Double(max(1, frequencies[word] ?? 1))
                weights[word] = (1 + log(Double(count))) * log(1 + total / df)
            }
            return weights
        }
        return (weigh(left), weigh(right))
    }

    /// Cosine similarity and the shared words that contribute most to it.
    static func cosine(_ a: [String: Double], _ b: [String: Double]) -> (Double, [String]) {
        let normA = a.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        let normB = b.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard normA > 0, normB > 0 else { return (0, []) }
        var products: [(String, Double)] = []
        for (word, weight) in a { if let other = b[word] { products.append((word, weight * other)) } }
        let dot = products.reduce(0) { $0 + $1.1 }
        products.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        let drivers = products.prefix(distinctiveWordCount).map(\.0)
        return (dot / (normA * normB), drivers)
    }

    /// Words that weigh much more on one side than on the other.
    static func distinctive(_ side: [String: Double], against other: [String: Double]) -> [String] {
        var scored: [(word: String, score: Double)] = []
        for (word, weight) in side {
            let score = weight - (other[word] ?? 0)
            if score > 0 { scored.append((word, score)) }
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.word < $1.word }
        return scored.prefix(distinctiveWordCount).map(\.word)
    }
}

/// The rows of a comparison, one an aspect, under the documented JSON keys.
struct ComparisonTable {
    let left: String
    let right: String
    private var rows: [[Cell]] = []

    init(left: String, right: String) {
        self.left = left
        self.right = right
    }

    /// `leftCount` and `rightCount` are how many each side has in all, when the lists show
    /// only some (a sample of quotes); by default what the lists hold.
    mutating func add(
        _ aspect: String, shared: [String], left onlyLeft: [String], right onlyRight: [String], similarity: Double? = nil,
        leftCount: Int? = nil, rightCount: Int? = nil
    ) {
        rows.append([
            .text(aspect), .text(left), .text(right), .list(onlyLeft), .list(shared), .list(onlyRight),
            similarity.map { .decimal($0, places: 3) } ?? .null,
            .integer(leftCount ?? onlyLeft.count + shared.count), .integer(rightCount ?? onlyRight.count + shared.count),
        ])
    }

    /// An aspect given as the two sides' sets: what both have, and what only each has.
    mutating func add(_ aspect: String, _ l: Set<String>, _ r: Set<String>, similarity: Double? = nil) {
        add(aspect, shared: l.intersection(r).sorted(), left: l.subtracting(r).sorted(), right: r.subtracting(l).sorted(), similarity: similarity)
    }

    var result: QueryResult {
        var result = QueryResult()
        result.table = ResultTable(
            columns: [
                Column("aspect"), Column("left", machineOnly: true), Column("right", machineOnly: true),
                Column("only_left", header: "only " + left, longText: true), Column("shared", longText: true),
                Column("only_right", header: "only " + right, longText: true), Column("similarity", machineOnly: true),
                // The figures a terminal reads in the summary, as data for a machine.
                Column("left_count", machineOnly: true), Column("right_count", machineOnly: true),
            ],
            rows: rows)
        result.layout = .comparison(aspect: "aspect", left: "only_left", shared: "shared", right: "only_right")
        return result
    }
}

import LedeAnalysis

/// TempEval-3 style figures: span precision/recall/F1 (strict and relaxed), value F1, type accuracy.
public struct TimexScore: Sendable, Equatable {
    public var documents = 0
    public var gold = 0
    public var system = 0
    public var strictMatches = 0
    public var relaxedMatches = 0
    public var valueMatches = 0
    public var typeMatches = 0

    public init() {}

    public var strictPrecision: Double { Scoring.ratio(strictMatches, system) }
    public var strictRecall: Double { Scoring.ratio(strictMatches, gold) }
    public var strictF1: Double { Scoring.f1(strictPrecision, strictRecall) }
    public var relaxedPrecision: Double { Scoring.ratio(relaxedMatches, system) }
    public var relaxedRecall: Double { Scoring.ratio(relaxedMatches, gold) }
    public var relaxedF1: Double { Scoring.f1(relaxedPrecision, relaxedRecall) }
    /// A found expression counts only if its value is also the gold value.
    public var valuePrecision: Double { Scoring.ratio(valueMatches, system) }
    public var valueRecall: Double { Scoring.ratio(valueMatches, gold) }
    public var valueF1: Double { Scoring.f1(valuePrecision, valueRecall) }
    /// Share of found expressions whose type (DATE, TIME, DURATION, SET) is the gold type.
    public var typeAccuracy: Double { Scoring.ratio(typeMatches, relaxedMatches) }

    public static func += (a: inout TimexScore, b: TimexScore) {
        a.documents += b.documents
        a.gold += b.gold
        a.system += b.system
        a.strictMatches += b.strictMatches
        a.relaxedMatches += b.relaxedMatches
        a.valueMatches += b.valueMatches
        a.typeMatches += b.typeMatches
    }

    /// The report `lede-eval timex` prints.
    public var report: String {
        func pct(_ v: Double) -> String {
            let x = (v * 1000).rounded() / 10
            return String(x)
        }
        return """
            documents \(documents), gold \(gold), system \(system), found \(relaxedMatches) (exact span \(strictMatches)), value right \(valueMatches)
            strict span   P \(pct(strictPrecision))  R \(pct(strictRecall))  F1 \(pct(strictF1))
            relaxed span  P \(pct(relaxedPrecision))  R \(pct(relaxedRecall))  F1 \(pct(relaxedF1))
            value         P \(pct(valuePrecision))  R \(pct(valueRecall))  F1 \(pct(valueF1))
            type accuracy \(pct(typeAccuracy))
            """
    }
}

/// One system expression against the gold, for error listings.
public struct TimexComparison: Sendable {
    public enum Outcome: String, Sendable { case correct, wrongValue = "value", missed, spurious }
    public var document: String
    public var outcome: Outcome
    public var goldText: String?
    public var goldValue: String?
    public var goldType: String?
    public var systemText: String?
    public var systemValue: String?
    public var systemType: String?
    /// Found with the very same span.
    public var exactSpan = false
}

public enum TimexScorer {
    /// The system's expressions for a document, with ranges in the document's joined text.
    public static func tag(_ document: TimexDocument) -> [(range: Range<Int>, text: String, type: String, value: String)] {
        TemporalTagger.tag(paragraphs: document.paragraphs, documentDate: document.documentDate).map {
            let base = document.offsets[$0.paragraph]
            return (base + $0.range.lowerBound..<base + $0.range.upperBound, $0.text, $0.kind.rawValue.uppercased(), $0.value)
        }
    }

    /// Scores one document; `comparisons` collects what matched and what did not.
    public static func score(_ document: TimexDocument, comparisons: inout [TimexComparison]) -> TimexScore {
        var system = tag(document).filter { expression in
            !document.excluded.contains { $0.overlaps(expression.range) }
        }
        if let limit = document.scoredLimit { system = system.filter { $0.range.lowerBound < limit } }
        let gold = document.gold.filter { g in document.scoredLimit.map { g.range.lowerBound < $0 } ?? true }
        var score = TimexScore()
        score.documents = 1
        score.gold = gold.count
        score.system = system.count
        var goldTaken = Array(repeating: false, count: gold.count)
        for s in system {
            // The gold expression it overlaps most.
            var best: Int? = nil
            var bestOverlap = 0
            for (g, candidate) in gold.enumerated() where !goldTaken[g] && candidate.range.overlaps(s.range) {
                let overlap = min(candidate.range.upperBound, s.range.upperBound) - max(candidate.range.lowerBound, s.range.lowerBound)
                if overlap > bestOverlap { best = g; bestOverlap = overlap }
            }
            guard let g = best else {
                comparisons.append(.init(document: document.name, outcome: .spurious, systemText: s.text, systemValue: s.value, systemType: s.type))
                continue
            }
            goldTaken[g] = true
            let expected = gold[g]
            score.relaxedMatches += 1
            if expected.range == s.range { score.strictMatches += 1 }
            if expected.type == s.type { score.typeMatches += 1 }
            let valueOK = canonical(expected.value) == canonical(s.value)
            if valueOK { score.valueMatches += 1 }
            comparisons.append(.init(document: document.name, outcome: valueOK ? .correct : .wrongValue, goldText: expected.text,
                                     goldValue: expected.value, goldType: expected.type, systemText: s.text, systemValue: s.value,
                                     systemType: s.type, exactSpan: expected.range == s.range))
        }
        for (g, expected) in gold.enumerated() where !goldTaken[g] {
            comparisons.append(.init(document: document.name, outcome: .missed, goldText: expected.text, goldValue: expected.value, goldType: expected.type))
        }
        return score
    }

    public static func score(_ documents: [TimexDocument], comparisons: inout [TimexComparison]) -> TimexScore {
        var total = TimexScore()
        for document in documents { total += score(document, comparisons: &comparisons) }
        return total
    }

    /// The same value spelled two ways compares equal: ISO weeks with or without the leading zero ("2000-W8", "2000-W08").
    public static func canonical(_ value: String) -> String {
        guard let w = value.range(of: "-W0") else { return value }
        return value.replacingCharacters(in: w, with: "-W")
    }
}

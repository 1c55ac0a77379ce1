/// What a verb is for and how to write it: the one table behind `.help`, completion and
/// "did you mean".
public struct VerbInfo: Sendable {
    public var name: String
    public var syntax: String
    public var summary: String
    public var examples: [String]
    /// Longer help, shown by `.help VERB`.
    public var details: String
}

public enum VerbTable {
    public static let filtersHelp = "filters: since DATE, until DATE (2013-05-09, 2013-05, 2013), in NAME (a let set or an article id), source:NAME, speaker:NAME, limit N"

    /// Every verb, in the order help lists them. A new verb is a file in `Verbs/` and a line here.
    public static let all: [any Verb.Type] = [
        LoadVerb.self, ArticlesVerb.self, ShowVerb.self, FindVerb.self, WhoSaidVerb.self, SpeakersVerb.self, TimelineVerb.self,
        CompareVerb.self,
    ]

    /// `let NAME = COMMAND` names the result of a whole command line, so the parser reads it
    /// before any verb; its help stands beside theirs.
    public static let letInfo = VerbInfo(
        name: "let", syntax: "let NAME = COMMAND", summary: "name the articles of a result for later `in NAME`",
        examples: ["let syria = find Syria", "who-said in syria"], details: "")

    /// What help, completion and "did you mean" list: every verb, then `let`.
    public static let verbs: [VerbInfo] = all.map { $0.info } + [letInfo]

    /// The verb a command line starts with (not `let`, which starts a statement).
    public static func verb(named name: String) -> (any Verb.Type)? {
        let lowered = name.lowercased()
        return all.first { $0.info.name == lowered }
    }

    /// The help of a verb or of `let`.
    public static func info(named name: String) -> VerbInfo? {
        verbs.first { $0.name == name.lowercased() }
    }

    /// Typed names longer than this get no suggestion: nobody mistypes a name that long, and
    /// comparing it with every candidate would cost its length times theirs, each.
    public static let longestSuggestible = 64

    /// The closest name in `candidates` to `word`, if it is close enough to be a likely typo.
    public static func nearest(to word: String, in candidates: [String]) -> String? {
        let lowered = word.lowercased()
        guard lowered.count <= longestSuggestible else { return nil }
        let typed = Array(lowered)
        let allowed = max(2, typed.count / 3)
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let bound = min(best?.distance ?? allowed, allowed)
            guard let distance = editDistance(typed, Array(candidate.lowercased()), atMost: bound) else { continue }
            if best == nil || distance < best!.distance || (distance == best!.distance && candidate < best!.name) {
                best = (candidate, distance)
            }
        }
        if let best { return best.name }
        // A prefix of a candidate (`who` for `who-said`) is a likely meaning too.
        return candidates.first { $0.lowercased().hasPrefix(lowered) && lowered.count >= 2 }
    }

    /// Levenshtein distance.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        editDistance(Array(a), Array(b), atMost: Int.max / 2)!
    }

    /// Levenshtein distance if it is at most `limit`, else nil; gives up as soon as every
    /// path through the table costs more (so a far candidate costs little).
    static func editDistance(_ a: [Character], _ b: [Character], atMost limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}

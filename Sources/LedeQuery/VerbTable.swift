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

    public static let verbs: [VerbInfo] = [
        VerbInfo(
            name: "load", syntax: "load PATH|seeds …", summary: "add articles from files, folders, globs or the bundled seeds",
            examples: ["load seeds", "load ~/news/*.txt"],
            details: "Plain text (headline, date line, caption, paragraphs), `---` front matter, and JSON Lines (title, date, text, source, url). Reports what was added, already present, and skipped with the reason."),
        VerbInfo(
            name: "articles", syntax: "articles [filters]", summary: "list articles: id, date, source, title, words, quotes",
            examples: ["articles", "articles since 2019-06 source:wikinews"], details: ""),
        VerbInfo(
            name: "show", syntax: "show ID [¶N]", summary: "an article with numbered paragraphs, or one paragraph",
            examples: ["show moscow-secretary-kerry", "show moscow-secretary-kerry ¶4"], details: ""),
        VerbInfo(
            name: "find", syntax: "find QUERY [filters]", summary: "ranked full-text search with a snippet per hit",
            examples: ["find sanctions", "find \"peace process\" and not Assad"],
            details: """
            Query syntax (case-insensitive, diacritics folded, possessives match the name):
              word word        both words (and is implied)      "exact phrase"   words in this order
              a or b           either                           a and not b, -b  a without b
              ( … )            grouping                         Magnit*          prefix
              Kerry near/5 Lavrov   within 5 words              title:Syria      in the headline only
              source:NAME      from that source                 speaker:NAME     articles quoting that person
            Title matches weigh ten times body matches (BM25). `limit N` shows more than 20.
            """),
        VerbInfo(
            name: "who-said", syntax: "who-said [NAME] [about TERMS] [filters]", summary: "attributed quotes: speaker, role, quote, cue, where",
            examples: ["who-said Lukyanov", "who-said about Assad"],
            details: "NAME matches any variant of a speaker (full name, surname, with or without diacritics). Kinds: direct, mixed, indirect."),
        VerbInfo(
            name: "speakers", syntax: "speakers [about TERMS] [filters]", summary: "who is quoted, how often, with roles and name variants",
            examples: ["speakers", "speakers about Syria"], details: ""),
        VerbInfo(
            name: "timeline", syntax: "timeline [NAME|TERMS] [from DATE] [to DATE] [--all] [filters]",
            summary: "dated statements in date order, normalized against each article's date",
            examples: ["timeline", "timeline Kerry from 2013-05-01 to 2013-05-31"],
            details: "`--all` also lists durations, sets and vague references (P2Y, PAST_REF), which have no place on the calendar."),
        VerbInfo(
            name: "compare", syntax: "compare A vs B", summary: "two articles, speakers or terms side by side",
            examples: ["compare Lukyanov vs Panov", "compare \"sanctions\" vs \"conference\""],
            details: """
            Each side is an article id, a let set, a speaker (any name variant), or a quoted term.
              two articles (or sets): people, speakers, places, organizations and dates shared and apart,
                distinctive words of each (tf-idf against the workspace), cosine similarity and what drives it
              two speakers: their quotes, the topics each raises, articles and dates, people each names
              two terms: articles and counts per period as a side-by-side chart, speakers, co-occurring words
            """),
        VerbInfo(
            name: "let", syntax: "let NAME = COMMAND", summary: "name the articles of a result for later `in NAME`",
            examples: ["let syria = find Syria", "who-said in syria"], details: ""),
    ]

    public static func verb(named name: String) -> VerbInfo? {
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

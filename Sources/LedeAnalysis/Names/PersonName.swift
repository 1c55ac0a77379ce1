import Foundation

/// Helpers for matching people's names across spellings: `Lukyánov`, `Lukyanov` and
/// `Fyodor Lukyanov` all name the same person.
public enum PersonName {
    /// A matching key: diacritics folded, lowercased, curly apostrophes made straight, runs of
    /// spaces collapsed. `PersonName.key("Fyodor Lukyánov") == "fyodor lukyanov"`.
    public static func key(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        var lastWasSpace = true
        for scalar in name.unicodeScalars {
            if scalar == " " || scalar == "\u{A0}" || scalar == "\t" || scalar == "\n" {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            if scalar == "\u{2019}" || scalar == "\u{2018}" { out.append("'"); continue }
            if scalar.isASCII {
                let v = scalar.value
                out.append(v >= 65 && v <= 90 ? Unicode.Scalar(v + 32)! : scalar)
                continue
            }
            for folded in fold(scalar) { out.append(folded) }
        }
        while let last = out.last, last == " " { out.removeLast() }
        return String(out)
    }

    /// Names a query can use for a person: the full name, the surname, and their folded keys.
    /// `variants(of: "Fyodor Lukyanov") == ["Fyodor Lukyanov", "Lukyanov", "fyodor lukyanov", "lukyanov"]`.
    public static func variants(of fullName: String) -> [String] {
        var result: [String] = []
        func add(_ s: String) { if !s.isEmpty && !result.contains(s) { result.append(s) } }
        add(fullName)
        let last = surname(of: fullName)
        add(last)
        add(key(fullName))
        add(key(last))
        // `al-Hamza` is also looked up as `Hamza`.
        if let bare = withoutParticle(last) {
            add(bare)
            add(key(bare))
        }
        return result
    }

    /// Whether `query` names the person `fullName`: equal keys, or the query's key equals the
    /// surname's key or a run of whole words of the name (`Lukyanov`, `fyodor lukyanov`).
    public static func matches(_ query: String, _ fullName: String) -> Bool {
        let q = key(query)
        if q.isEmpty { return false }
        let n = key(fullName)
        if q == n { return true }
        let words = n.split(separator: " ").map { word -> Substring in
            withoutParticle(String(word)).map { Substring(key($0)) } ?? word
        }
        let qWords = q.split(separator: " ").map { word -> Substring in
            withoutParticle(String(word)).map { Substring(key($0)) } ?? word
        }
        guard qWords.count <= words.count else { return false }
        for start in 0...(words.count - qWords.count) where Array(words[start..<start + qWords.count]) == qWords {
            return true
        }
        return false
    }

    /// A surname without its Arabic particle (`al-Hamza` → `Hamza`), or nil when it has none.
    static func withoutParticle(_ word: String) -> String? {
        for particle in ["al-", "el-", "ad-", "an-", "as-", "ash-", "ar-", "at-", "az-", "bin-", "ibn-", "abu-"]
        where word.lowercased().hasPrefix(particle) && word.count > particle.count + 1 {
            return String(word.dropFirst(particle.count))
        }
        return nil
    }

    /// Whether a folded key could be a person's full name: not a phrase (`projections by cnn and
    /// npr`), and not ending in a word that makes a name an organization or a place (`british
    /// transport police`, `cook county`) unless it opens with a known first name (`richard hall`).
    public static func mayBePersonal(key: String) -> Bool {
        // Called for tens of thousands of keys by `speakers`: each word is hashed as it is
        // read (the lexicon's hash) and looked up by its hash, without a String per word.
        var firstWord: UInt64?
        var lastWord: UInt64?
        var hash = WordHash.offset
        var inWord = false
        func endWord() -> Bool {
            defer { hash = WordHash.offset; inWord = false }
            guard inWord else { return true }
            if WordHashes.phraseWords.contains(hash) { return false }
            if firstWord == nil { firstWord = hash }
            lastWord = hash
            return true
        }
        for scalar in key.unicodeScalars {
            if scalar == " " {
                guard endWord() else { return false }
            } else {
                hash = WordHash.step(hash, WordHash.fold(scalar.value))
                inWord = true
            }
        }
        guard endWord(), let firstWord, let lastWord else { return false }
        // `richard hall`, `john park`: surnames that are also head words, after a first name.
        return WordHashes.firstNames.contains(firstWord)
            || !WordHashes.organizationHeads.contains(lastWord) && !WordHashes.placeHeads.contains(lastWord)
    }

    /// The word lists `mayBePersonal` consults, by word hash.
    private enum WordHashes {
        static let phraseWords = WordHash.set(Lexicon.phraseWords)
        static let firstNames = WordHash.set(Gazetteer.maleFirstNames.union(Gazetteer.femaleFirstNames))
        static let organizationHeads = WordHash.set(Gazetteer.organizationHeads)
        static let placeHeads = WordHash.set(Gazetteer.placeHeads)
    }

    /// The last word of a name, generational suffixes (`Jr.`, `III`) skipped.
    public static func surname(of fullName: String) -> String {
        let words = fullName.split(separator: " ").map(String.init)
        var i = words.count - 1
        while i > 0, ["jr.", "jr", "sr.", "sr", "ii", "iii", "iv"].contains(words[i].lowercased().trimmingComma()) { i -= 1 }
        guard i >= 0 else { return fullName }
        return words[i].trimmingComma()
    }

    /// The folded name words of a phrase: capitalized words, without titles, honorifics,
    /// determiners, pronouns or a possessive `'s`. `nameWords("Mr. Trump’s campaign") == ["trump"]`.
    public static func nameWords(_ phrase: String) -> [String] {
        var words: [String] = []
        for raw in phrase.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == ":" || $0 == "(" || $0 == ")" }) {
            var w = String(raw)
            for suffix in ["\u{2019}s", "'s", "\u{2019}", "'"] where w.hasSuffix(suffix) {
                w.removeLast(suffix.count)
                break
            }
            while let last = w.unicodeScalars.last, !last.properties.isAlphabetic && !("0"..."9").contains(last) {
                w.unicodeScalars.removeLast()
            }
            guard let first = w.unicodeScalars.first, first.properties.isUppercase else { continue }
            let k = key(w)
            let bare = k.hasSuffix(".") ? String(k.dropLast()) : k
            if Lexicon.titles.contains(bare) || Lexicon.honorifics.contains(bare)
                || Lexicon.determiners.contains(bare) || Lexicon.personalPronouns.contains(bare)
                || Lexicon.relativePronouns.contains(bare)
            {
                continue
            }
            words.append(k)
        }
        return words
    }

    static func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        // Diacritics dropped and lowercased; only names with non-ASCII letters pay for this.
        Array(String(scalar).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).unicodeScalars)
    }
}

extension String {
    func trimmingComma() -> String {
        var s = self
        while let last = s.last, last == "," || last == "." && s.count > 3 { s.removeLast() }
        return s
    }
}

import LedeAnalysis

/// When two speaker keys name one person across articles.
enum SpeakerIdentity {
    /// For each key that is a surname alone (`trump`), the one full-name key among `keys` that
    /// ends in it (`donald trump`). A surname that two full names end in stays apart, and only
    /// names that may be a person's take part: `police` does not join `british transport
    /// police`, nor `npr` the phrase `projections by cnn and npr`.
    static func fullNames(forSurnamesIn keys: some Collection<String>) -> [String: String] {
        // Spaces found in the UTF-8 bytes: tens of thousands of keys, and `contains(" ")` on a
        // String goes through Foundation's general search.
        let space = UInt8(ascii: " ")
        // Only full names whose surname is also a key alone can own one: the cheap test first,
        // the lexicon's (a few look-ups per word) only for those.
        let alone = Set(keys.lazy.filter { !$0.utf8.contains(space) }.map { Substring($0) })
        var fullNamesBySurname: [Substring: [String]] = [:]
        for key in keys {
            guard let lastSpace = key.utf8.lastIndex(of: space) else { continue }
            let surname = key[key.utf8.index(after: lastSpace)...]
            guard alone.contains(surname), PersonName.mayBePersonal(key: key) else { continue }
            fullNamesBySurname[surname, default: []].append(key)
        }
        var owners: [String: String] = [:]
        for key in alone {
            if let candidates = fullNamesBySurname[key], candidates.count == 1 { owners[String(key)] = candidates[0] }
        }
        return owners
    }
}

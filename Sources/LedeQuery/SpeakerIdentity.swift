import LedeAnalysis

/// When two speaker keys name one person across articles.
enum SpeakerIdentity {
    /// For each key that is a surname alone (`trump`), the one full-name key among `keys` that
    /// ends in it (`donald trump`). A surname that two full names end in stays apart, and only
    /// names that may be a person's take part: `police` does not join `british transport
    /// police`, nor `npr` the phrase `projections by cnn and npr`.
    static func fullNames(forSurnamesIn keys: some Collection<String>) -> [String: String] {
        let keys = Array(keys)
        var owners: [String: String] = [:]
        for join in surnameJoins(in: keys) { owners[keys[join.surname]] = keys[join.owner] }
        return owners
    }

    /// `fullNames` by place in `keys`, for a listing that keeps its speakers in an array.
    static func surnameJoins(in keys: [String]) -> [SurnameJoin] {
        // Spaces found in the UTF-8 bytes: tens of thousands of keys, and `contains(" ")` on a
        // String goes through Foundation's general search.
        let space = UInt8(ascii: " ")
        // Only full names whose surname is also a key alone can own one: the cheap test first,
        // the lexicon's (a few look-ups per word) only for those.
        var alone: [Substring: Int] = [:]
        for (index, key) in keys.enumerated() where !key.utf8.contains(space) { alone[Substring(key)] = index }
        /// The one full name found so far for a surname, or `ambiguous` once there are two.
        var ownerBySurname: [Int: Int] = [:]
        let ambiguous = -1
        for (index, key) in keys.enumerated() {
            guard let lastSpace = key.utf8.lastIndex(of: space),
                  let surname = alone[key[key.utf8.index(after: lastSpace)...]],
                  PersonName.mayBePersonal(key: key)
            else { continue }
            ownerBySurname[surname] = ownerBySurname[surname] == nil ? index : ambiguous
        }
        return ownerBySurname.compactMap { surname, owner in
            owner == ambiguous ? nil : SurnameJoin(surname: surname, owner: owner)
        }.sorted { $0.surname < $1.surname }
    }
}

/// A surname alone and the one full name that ends in it, by their places in a list of keys.
struct SurnameJoin: Equatable {
    var surname: Int
    var owner: Int
}

import LedeAnalysis

/// When two speaker keys name one person across articles.
enum SpeakerIdentity {
    /// For each key that is a surname alone (`trump`), the one full-name key among `keys` that
    /// ends in it (`donald trump`). A surname that two full names end in stays apart, and only
    /// names that may be a person's take part: `police` does not join `british transport
    /// police`, nor `npr` the phrase `projections by cnn and npr`.
    static func fullNames(forSurnamesIn keys: some Collection<String>) -> [String: String] {
        var fullNamesBySurname: [Substring: [String]] = [:]
        for key in keys where key.contains(" ") && PersonName.mayBePersonal(key: key) {
            if let surname = key.split(separator: " ").last { fullNamesBySurname[surname, default: []].append(key) }
        }
        var owners: [String: String] = [:]
        for key in keys where !key.contains(" ") {
            if let candidates = fullNamesBySurname[Substring(key)], candidates.count == 1 { owners[key] = candidates[0] }
        }
        return owners
    }
}

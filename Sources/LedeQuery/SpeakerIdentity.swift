/// When two speaker keys name one person across articles.
enum SpeakerIdentity {
    /// For each key that is a surname alone (`trump`), the one full-name key among `keys` that
    /// ends in it (`donald trump`). A surname that two full names end in stays apart.
    static func fullNames(forSurnamesIn keys: some Collection<String>) -> [String: String] {
        var fullNamesBySurname: [Substring: [String]] = [:]
        for key in keys where key.contains(" ") {
            if let surname = key.split(separator: " ").last { fullNamesBySurname[surname, default: []].append(key) }
        }
        var owners: [String: String] = [:]
        for key in keys where !key.contains(" ") {
            if let candidates = fullNamesBySurname[Substring(key)], candidates.count == 1 { owners[key] = candidates[0] }
        }
        return owners
    }
}

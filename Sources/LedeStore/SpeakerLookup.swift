import Foundation
import LedeAnalysis

/// How a typed speaker name is looked up among the ways speakers are named.
public enum SpeakerLookup {
    /// The key a typed name is looked up by: `Lukyanov’s` finds Lukyanov.
    public static func key(_ typed: String) -> String {
        var name = typed.trimmingCharacters(in: .whitespaces)
        for possessive in ["\u{2019}s", "'s", "\u{2019}", "'"] where name.hasSuffix(possessive) {
            name = String(name.dropLast(possessive.count))
            break
        }
        return PersonName.key(name)
    }
}

import Foundation

/// Keys under which a speaker can be looked up: `Fyodor Lukyanov` is found by
/// `fyodor lukyanov` and `lukyanov`; `Lukyánov` by `lukyanov`.
enum SpeakerVariants {
    static func key(_ name: String) -> String {
        var folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        for apostrophe in ["\u{2019}s", "'s"] where folded.hasSuffix(apostrophe) {
            folded = String(folded.dropLast(2))
        }
        let words = folded.split(whereSeparator: { $0 == " " || $0 == "\u{2019}" || $0 == "'" || $0 == "." || $0 == "," })
        return words.joined(separator: " ")
    }

    static func variants(of name: String) -> Set<String> {
        let full = key(name)
        var result: Set<String> = [full]
        let words = full.split(separator: " ")
        if words.count > 1, let last = words.last {
            result.insert(String(last))
            // "al-Hamza" is also "hamza"; "de Blasio" is also "blasio".
            if let hyphen = last.lastIndex(of: "-") { result.insert(String(last[last.index(after: hyphen)...])) }
        }
        return result
    }
}

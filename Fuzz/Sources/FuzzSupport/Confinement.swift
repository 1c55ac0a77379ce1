/// Keeps fuzzed command lines from reading or writing outside `Scratch.folder`.
///
/// `.save FILE`, `.read FILE` and `load PATH` resolve relative names against the session's
/// base folder (the scratch folder) but take absolute paths, `~` and `..` as written. A line
/// that could name a file (`load`, `save` or `read` anywhere in it, any case) is run only
/// when it has no `/`, `~` or `..`. Bytes are searched, not characters, so that a combining
/// mark after `/` cannot hide it. Every script `.read` can reach was written by `.save` from
/// lines that passed this check, so nested commands stay confined too.
public enum Confinement {
    static let fileWords: [[UInt8]] = ["load", "save", "read"].map { Array($0.utf8) }
    static let pathMarks: [[UInt8]] = ["/", "~", ".."].map { Array($0.utf8) }

    public static func allows(_ line: String) -> Bool {
        let lowered = Array(line.lowercased().utf8)
        guard fileWords.contains(where: { contains(lowered, $0) }) else { return true }
        let bytes = Array(line.utf8)
        return !pathMarks.contains(where: { contains(bytes, $0) })
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { start in
            haystack[start..<start + needle.count].elementsEqual(needle)
        }
    }
}

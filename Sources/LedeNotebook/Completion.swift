import Foundation
import LedeQuery

/// Tab completion for the REPL, from the same tables as `.help` and "did you mean": verbs,
/// dot-commands, modes, `let` names, article ids, speaker names, and paths after `load`,
/// `.read` and `.save`.
public enum Completion {
    /// Words after which an article id or a let set is expected.
    static let articleContexts: Set<String> = ["show", "in", "compare", "vs"]
    static let speakerContexts: Set<String> = ["who-said", "compare", "vs", "timeline"]
    static let pathContexts: Set<String> = ["load", ".read", ".save"]

    /// Replacements for the last whitespace-separated word of `line`, sorted.
    public static func candidates(for line: String, in session: Session) -> [String] {
        let endsWithSpace = line.last == " "
        var words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let current = endsWithSpace ? "" : (words.popLast() ?? "")
        let previous = words.last?.lowercased()
        let lastPipe = words.lastIndex(of: "|")
        let atVerb = words.isEmpty || lastPipe == words.count - 1 || (words.count == 3 && words[0] == "let" && words[2] == "=")

        if atVerb {
            var names = VerbTable.verbs.map(\.name)
            if words.isEmpty { names += DotCommands.all.map(\.name) }
            return matching(names, current)
        }
        if previous == ".mode" { return matching(OutputMode.allCases.map(\.rawValue), current) }
        if previous == ".help" { return matching(VerbTable.verbs.map(\.name) + DotCommands.all.map(\.name), current) }
        if let previous, pathContexts.contains(previous) {
            return paths(current, base: session.baseDirectory) + (previous == "load" ? matching(["seeds"], current) : [])
        }
        if current.hasPrefix("source:") {
            return []
        }
        var pool: [String] = []
        if let previous, articleContexts.contains(previous) {
            pool += session.evaluator.sets.keys
            pool += (try? session.evaluator.store.articleIDs()) ?? []
        }
        if let previous, speakerContexts.contains(previous) || current.hasPrefix("speaker:") {
            let names = (try? session.evaluator.store.speakerNames().map(\.name)) ?? []
            if current.hasPrefix("\"") {
                pool += names.map { "\"\($0)\"" }
            } else if current.hasPrefix("speaker:") {
                pool += names.map { "speaker:" + (($0.contains(" ")) ? "\"\($0)\"" : $0) }
            } else {
                pool += names.compactMap { $0.split(separator: " ").last.map(String.init) }
            }
        }
        if pool.isEmpty { pool = ["since", "until", "in", "limit", "about", "vs", "from", "to"] }
        return matching(Array(Set(pool)), current)
    }

    static func matching(_ names: [String], _ prefix: String) -> [String] {
        let lowered = prefix.lowercased()
        return names.filter { $0.lowercased().hasPrefix(lowered) }.sorted()
    }

    /// Files and folders starting with `prefix`; folders end in `/`.
    static func paths(_ prefix: String, base: String) -> [String] {
        let expanded = (prefix as NSString).expandingTildeInPath
        let slash = prefix.lastIndex(of: "/")
        let typedFolder = slash.map { String(prefix[...$0]) } ?? ""
        let namePrefix = slash.map { String(prefix[prefix.index(after: $0)...]) } ?? prefix
        var folder = slash.map { _ in (expanded as NSString).deletingLastPathComponent } ?? ""
        if expanded.hasSuffix("/") { folder = String(expanded.dropLast()) }
        if folder.isEmpty && slash != nil { folder = "/" }
        let absolute = folder.hasPrefix("/") ? folder : base + (folder.isEmpty ? "" : "/" + folder)
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: absolute) else { return [] }
        return entries.filter { $0.hasPrefix(namePrefix) && (!$0.hasPrefix(".") || namePrefix.hasPrefix(".")) }.sorted().map { name in
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: absolute + "/" + name, isDirectory: &isFolder)
            return typedFolder + name + (isFolder.boolValue ? "/" : "")
        }
    }
}

import Foundation
import LedeQuery

/// Tab completion for the REPL, from the same tables as `.help` and "did you mean": verbs,
/// dot-commands, modes, `let` names, article ids, speaker names, and paths after `load`,
/// `.read`, `.save` and `.export`.
public enum Completion {
    /// Words after which an article id or a let set is expected.
    static let articleContexts: Set<String> = ["show", "in", "compare", "vs"]
    static let speakerContexts: Set<String> = ["who-said", "compare", "vs", "timeline"]
    static let pathContexts: Set<String> = ["load", ".read", ".save", ".export"]

    /// Replacements for the word being typed at the end of `line` (from its opening quote,
    /// when a quote is open), sorted.
    public static func candidates(for line: String, in session: Session, listing: FolderListing = .fileSystem) -> [String] {
        let (before, current) = splitAtCurrentWord(line)
        let words = before.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
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
        // `load` takes any number of paths; the dot-commands one.
        let stage = lastPipe.map { Array(words[($0 + 1)...]) } ?? (words.first == "let" ? Array(words.dropFirst(3)) : words)
        if stage.first?.lowercased() == "load" || (previous.map(pathContexts.contains) ?? false) {
            return paths(current, base: session.baseDirectory, listing: listing) + (stage.first?.lowercased() == "load" ? matching(["seeds"], current) : [])
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

    /// The line before the word being typed, and that word: the text after the last space, or,
    /// while a quote is open, after the last space before it (`load "my n` → `"my n`,
    /// `speaker:"Fyodor Lu` whole). The line editor replaces the same word (`TabCompletion`).
    static func splitAtCurrentWord(_ line: String) -> (before: String, current: String) {
        var searchEnd = line.endIndex
        if line.filter({ $0 == "\"" }).count % 2 == 1, let open = line.lastIndex(of: "\"") {
            searchEnd = open
        }
        guard let space = line[..<searchEnd].lastIndex(of: " ") else { return ("", line) }
        return (String(line[..<space]), String(line[line.index(after: space)...]))
    }

    /// Files and folders whose path starts with `typed`, as the user would type them: folders
    /// end in `/`, a `~/` typed stays (it is expanded only to look), hidden names come only
    /// when the name typed starts with `.`, and a path with a space is quoted (`"my notes/`,
    /// `"my notes/a b.txt"`), since the query language splits words at spaces.
    static func paths(_ typed: String, base: String, listing: FolderListing) -> [String] {
        let opensQuote = typed.hasPrefix("\"")
        let prefix = opensQuote ? String(typed.dropFirst()) : typed
        if prefix == "~" { return ["~/"] }
        let slash = prefix.lastIndex(of: "/")
        let typedFolder = slash.map { String(prefix[...$0]) } ?? ""
        let namePrefix = slash.map { String(prefix[prefix.index(after: $0)...]) } ?? prefix
        var folder = typedFolder
        if folder.hasPrefix("~/") { folder = listing.homeDirectory + folder.dropFirst() }
        if !folder.hasPrefix("/") { folder = base + "/" + folder }
        guard let entries = listing.entries(folder) else { return [] }
        let showsHidden = namePrefix.hasPrefix(".")
        return entries
            .filter { $0.name.hasPrefix(namePrefix) && (showsHidden || !$0.name.hasPrefix(".")) }
            .sorted { $0.name < $1.name }
            .map { entry in
                let path = typedFolder + entry.name + (entry.isFolder ? "/" : "")
                guard opensQuote || path.contains(" ") else { return path }
                // A folder's quote stays open for the name that follows; a file's is closed.
                return "\"" + path + (entry.isFolder ? "" : "\"")
            }
    }
}

/// What path completion sees of the file system; tests give it a folder tree of their own.
public struct FolderListing: Sendable {
    public struct Entry: Sendable, Equatable {
        public var name: String
        public var isFolder: Bool

        public init(name: String, isFolder: Bool) {
            self.name = name
            self.isFolder = isFolder
        }
    }

    /// What `~/` stands for.
    public var homeDirectory: String
    /// The entries of a folder (an absolute path ending in `/`); nil when it cannot be read.
    public var entries: @Sendable (_ folder: String) -> [Entry]?

    public init(homeDirectory: String, entries: @escaping @Sendable (_ folder: String) -> [Entry]?) {
        self.homeDirectory = homeDirectory
        self.entries = entries
    }

    /// The real file system, following symbolic links to tell folders.
    public static var fileSystem: FolderListing {
        FolderListing(homeDirectory: NSHomeDirectory()) { folder in
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return nil }
            return names.map { name in
                var isFolder: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: folder + name, isDirectory: &isFolder)
                return Entry(name: name, isFolder: isFolder.boolValue)
            }
        }
    }
}

/// The notebook's own commands, which start with a dot. With `VerbTable` this is the one table
/// behind `.help`, completion and "did you mean".
public struct DotCommandInfo: Sendable, Equatable {
    public var name: String
    public var syntax: String
    public var summary: String
    /// Whether a saved session keeps it (`.mode` changes what follows; `.history` depends on the past).
    public var isRecorded: Bool
}

public enum DotCommands {
    public static let all: [DotCommandInfo] = [
        DotCommandInfo(name: ".help", syntax: ".help [VERB]", summary: "list verbs and dot-commands, or explain one", isRecorded: true),
        DotCommandInfo(name: ".mode", syntax: ".mode table|plain|json|jsonl|csv|markdown", summary: "choose the output mode", isRecorded: true),
        DotCommandInfo(name: ".save", syntax: ".save FILE", summary: "write this session's successful commands and outputs as a script", isRecorded: false),
        DotCommandInfo(name: ".export", syntax: ".export FILE.html|FILE.md", summary: "write this session so far as a report: results, charts, cited paragraphs", isRecorded: false),
        DotCommandInfo(name: ".read", syntax: ".read FILE", summary: "run the commands of a script here", isRecorded: false),
        DotCommandInfo(name: ".history", syntax: ".history", summary: "list the commands of this session", isRecorded: false),
        DotCommandInfo(name: ".timer", syntax: ".timer on|off", summary: "print the time each command took (never recorded)", isRecorded: false),
        DotCommandInfo(name: ".workspace", syntax: ".workspace", summary: "where the workspace is and how many articles it holds", isRecorded: false),
        DotCommandInfo(name: ".quit", syntax: ".quit", summary: "leave lede (also .exit, Ctrl-D)", isRecorded: false),
    ]

    /// Other spellings: the usual way out, and `.h` for help (a prefix of `.history` too).
    static let aliases = [".exit": ".quit", ".h": ".help"]
    /// Words that mean a dot-command when typed alone at the start of a line (`help find`).
    static let bareWords = ["help": ".help", "quit": ".quit", "exit": ".quit"]

    /// What a name typed after the dot stands for.
    public enum Resolution: Equatable {
        case command(DotCommandInfo)
        /// A prefix of several: their names.
        case ambiguous([String])
        case unknown
    }

    /// The command `name` spells: in full, by an alias, or by a prefix only one command has.
    public static func resolve(_ name: String) -> Resolution {
        let lowered = name.lowercased()
        let full = aliases[lowered] ?? lowered
        if let exact = all.first(where: { $0.name == full }) { return .command(exact) }
        guard lowered.count > 1 else { return .unknown }
        let candidates = all.filter { $0.name.hasPrefix(lowered) }
        switch candidates.count {
        case 0: return .unknown
        case 1: return .command(candidates[0])
        default: return .ambiguous(candidates.map(\.name))
        }
    }

    public static func named(_ name: String) -> DotCommandInfo? {
        if case .command(let info) = resolve(name) { return info }
        return nil
    }

    /// `line` as the dot-command it means when it starts with one of `bareWords` (`help find`
    /// is `.help find`, `quit` is `.quit`); nil for anything else.
    public static func fromBareWord(_ line: String) -> String? {
        let words = line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard let first = words.first, let dot = bareWords[first.lowercased()] else { return nil }
        // `quit` and `exit` take nothing after them; `quit now` is not a command.
        if dot == ".quit" && words.count > 1 { return nil }
        return ([dot] + words.dropFirst().map(String.init)).joined(separator: " ")
    }
}

/// The notebook's own commands, which start with a dot. With `VerbTable` this is the one table
/// behind `.help`, completion and "did you mean".
public struct DotCommandInfo: Sendable {
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

    public static func named(_ name: String) -> DotCommandInfo? {
        let lowered = name.lowercased()
        if lowered == ".exit" { return all.first { $0.name == ".quit" } }
        return all.first { $0.name == lowered }
    }
}

import LedeQuery

/// What a dot-command is for and how to write it: what `.help`, completion and "did you mean"
/// show.
public struct DotCommandInfo: Sendable, Equatable {
    public var name: String
    public var syntax: String
    public var summary: String
}

/// One of the notebook's own commands (`.mode`, `.save` …), whole in one file of this folder:
/// its help and what it does. `DotCommands.all` lists them.
protocol DotCommand {
    static var info: DotCommandInfo { get }
    /// Runs it with the rest of the line; the outcome's `recording` says whether and how a
    /// saved session keeps it (nil: not kept).
    static func run(_ argument: String, in session: Session, location: String?) -> Session.Outcome
}

public enum DotCommands {
    /// Every dot-command, in the order help lists them. A new one is a file here and a line in this list.
    static let types: [any DotCommand.Type] = [
        HelpCommand.self, ModeCommand.self, SaveCommand.self, ExportCommand.self, ReadCommand.self, HistoryCommand.self,
        TimerCommand.self, WorkspaceCommand.self, QuitCommand.self,
    ]

    public static let all: [DotCommandInfo] = types.map { $0.info }

    static func type(named name: String) -> (any DotCommand.Type)? {
        types.first { $0.info.name == name }
    }

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

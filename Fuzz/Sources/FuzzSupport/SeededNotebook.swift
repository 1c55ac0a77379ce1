import Foundation
import LedeArticles
import LedeIngest
import LedeNotebook
import LedeQuery
import LedeStore

/// One in-memory workspace loaded with the bundled seeds, made on the first input and kept
/// for the life of the process (loading is the slow part), with sessions over it whose files
/// (`.save`, `.read`, `load`) stay in `Scratch.folder`.
public final class SeededNotebook {
    /// libFuzzer calls a target from one thread, so one unguarded instance is enough.
    nonisolated(unsafe) public static let shared = SeededNotebook()

    /// A session is replaced after this many inputs, so that `let` sets and recorded entries
    /// carried from input to input stay bounded.
    static let inputsPerSession = 1000
    /// …or sooner when `.read` of a `.save` has made its recorded entries pile up.
    static let entriesPerSession = 200

    public let store: SQLiteWorkspace
    public let loader: ArticleLoader
    private var current: Session?
    private var inputs = 0

    init() {
        guard let seeds = Self.seedsFolder() else {
            fatalError("fuzz set-up: the seeds folder was not found; set LEDE_SEEDS")
        }
        loader = ArticleLoader(baseDirectory: Scratch.folder, seedsDirectory: seeds)
        do {
            store = try SQLiteWorkspace(path: ":memory:")
            let loader = self.loader
            let report = try store.load({ handle in try loader.load("seeds", handle: handle) }, shouldStop: { false })
            guard !report.added.isEmpty else { fatalError("fuzz set-up: no seed article loaded from \(seeds)") }
        } catch {
            fatalError("fuzz set-up: \(error)")
        }
    }

    /// `LEDE_SEEDS`, else `seeds/` of the checkout this file was built from.
    static func seedsFolder() -> String? {
        if let named = ProcessInfo.processInfo.environment["LEDE_SEEDS"], !named.isEmpty { return named }
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { root.deleteLastPathComponent() }  // Fuzz/Sources/FuzzSupport/this file
        let seeds = root.appendingPathComponent("seeds").path
        return FileManager.default.fileExists(atPath: seeds + "/README.md") ? seeds : nil
    }

    /// A new session over the seeded workspace, as `lede` makes one, based in the scratch folder.
    public func freshSession(mode: OutputMode = .table, style: TextStyle = .recorded) -> Session {
        let session = Session(
            evaluator: Evaluator(store: store, loader: loader), mode: mode, displayStyle: style,
            baseDirectory: Scratch.folder)
        session.today = { "2026-01-01" }
        return session
    }

    /// The session that carries over between inputs, renewed now and then.
    public func session() -> Session {
        inputs += 1
        if let current, inputs % Self.inputsPerSession != 0, current.entries.count < Self.entriesPerSession {
            return current
        }
        // A new session starts on a scratch folder holding only the samples again.
        if current != nil { Scratch.reset() }
        let made = freshSession()
        current = made
        return made
    }

    /// Runs one command line in the carried-over session, if it is confined; nil if not.
    @discardableResult
    public func run(_ line: String, mode: OutputMode, style: TextStyle) -> Session.Outcome? {
        guard Confinement.allows(line) else { return nil }
        let session = session()
        session.mode = mode
        session.displayStyle = style
        let outcome = session.execute(line)
        Echo.show(line, outcome)
        return outcome
    }
}

/// `LEDE_FUZZ_ECHO=1` prints each command and what it gave to stderr: for reading what a
/// corpus entry or a crash input does (`./query crash-…`), never while fuzzing.
public enum Echo {
    public static let isOn = ProcessInfo.processInfo.environment["LEDE_FUZZ_ECHO"] == "1"

    public static func show(_ line: String, _ outcome: Session.Outcome) {
        guard isOn else { return }
        FileHandle.standardError.write(Data(("> " + line.debugDescription + "\n" + outcome.output + outcome.diagnostics).utf8))
    }
}

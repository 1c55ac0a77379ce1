import Foundation
import FuzzSupport
import LedeNotebook

/// The `.lede` script reader and writer, and a replay as `lede run` does it.
///
/// 1. `Script(text:)` on the input.
/// 2. Writing each entry's recorded output back (`updated(outputs:)`, which uses
///    `outputLines`) and reading the result gives the same commands and the same outputs.
/// 3. The entries run in a fresh session on the seeded workspace (confined as in `query`,
///    and without `load seeds`);
///    the script updated with what they printed, read again, holds exactly those outputs:
///    what `lede run --update` writes, `lede run --check` must accept.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    let script = Script(text: FuzzInput.text(FuzzInput.bytes(data, size)))

    let recorded = script.entries.map { $0.recorded.isEmpty ? "" : $0.recorded.joined(separator: "\n") + "\n" }
    expectOutputs(recorded, in: script, "its own recorded outputs")

    let session = SeededNotebook.shared.freshSession()
    var outputs: [String] = []
    for entry in script.entries {
        guard outputs.count < replayLimit, Confinement.allows(entry.command), !reloadsSeeds(entry.command) else {
            outputs.append("")
            continue
        }
        let outcome = session.execute(entry.command, location: "fuzz.lede:\(entry.line)")
        Echo.show(entry.command, outcome)
        outputs.append(outcome.succeeded ? outcome.recorded ?? "" : "")
    }
    expectOutputs(outputs, in: script, "replayed outputs")
    return 0
}

/// Entries replayed per input: enough for any real script, few enough to stay fast.
let replayLimit = 32

/// `load seeds`, which every saved session starts with, is skipped: the workspace holds the
/// seeds already, and reading them again took 0.65 s under ASan (the `query` target loads).
func reloadsSeeds(_ command: String) -> Bool {
    let lowered = command.lowercased()
    return lowered.contains("load") && lowered.contains("seeds")
}

/// `script` updated with `outputs` and read again has the same commands, each followed by its output.
func expectOutputs(_ outputs: [String], in script: Script, _ what: String) {
    let text = script.updated(outputs: outputs)
    let reread = Script(text: text)
    let before = script.entries.map { strict ? $0.command : withoutCR($0.command) }
    let after = reread.entries.map { strict ? $0.command : withoutCR($0.command) }
    check(
        before.filter { strict || !$0.isEmpty } == after.filter { strict || !$0.isEmpty },
        "\(what): commands changed from \(script.entries.map(\.command)) to \(reread.entries.map(\.command))")
    // A command of nothing but CRs vanishes on update (the known CR finding): outputs no longer line up.
    guard before.count == after.count else { return }
    // The output of an unfinished last command is written where reading skips it (the known
    // unfinished-command finding), so it is not compared.
    let compared = !strict && endsUnfinished(script) ? reread.entries.dropLast() : reread.entries[...]
    for (entry, output) in zip(compared, outputs) {
        check(
            entry.recorded == Script.lines(of: output),
            "\(what): \(entry.command.debugDescription) recorded \(Script.lines(of: output)) but reads back \(entry.recorded)")
    }
}

/// `LEDE_FUZZ_STRICT=1` turns off the two allowances below: for checking a fix of either.
let strict = ProcessInfo.processInfo.environment["LEDE_FUZZ_STRICT"] == "1"

/// A command with its carriage returns dropped, and the spaces around it. Known and reported
/// (Fuzz/README.md, Results): a lone CR stays inside a command, so the last line of a script
/// that ends in CR without LF keeps that CR (and the spaces before it, and is a command even
/// when it holds nothing else) until an update adds the LF and makes the CR part of a line
/// end. The check would find only that, again and again, so commands are compared without it.
func withoutCR(_ command: String) -> String {
    String(String.UnicodeScalarView(command.unicodeScalars.filter { $0 != "\r" })).trimmingSpaces()
}

/// Whether the script ends inside a command (an open quote or parenthesis, or a trailing `\`),
/// read as `Script(text:)` reads it.
func endsUnfinished(_ script: Script) -> Bool {
    var buffer = InputBuffer()
    for line in script.lines where !line.hasPrefix("#>") {
        if buffer.isEmpty {
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
        }
        _ = buffer.add(line)
    }
    return !buffer.isEmpty
}

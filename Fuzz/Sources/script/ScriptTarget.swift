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
    // `lede run --update` rewrites a script only when every command ran and succeeded: only
    // then must what it writes read back the same (a failed command records nothing, and an
    // unfinished one then runs on into the next line, as it would in the REPL).
    var rewritable = true
    for entry in script.entries {
        guard outputs.count < replayLimit, Confinement.allows(entry.command), !reloadsSeeds(entry.command) else {
            outputs.append("")
            rewritable = false
            continue
        }
        let outcome = session.execute(entry.command, location: "fuzz.lede:\(entry.line)")
        Echo.show(entry.command, outcome)
        outputs.append(outcome.succeeded ? outcome.recorded ?? "" : "")
        if !outcome.succeeded { rewritable = false }
    }
    if rewritable { expectOutputs(outputs, in: script, "replayed outputs") }
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
    check(
        script.entries.map(\.command) == reread.entries.map(\.command),
        "\(what): commands changed from \(script.entries.map(\.command)) to \(reread.entries.map(\.command))")
    for (entry, output) in zip(reread.entries, outputs) {
        check(
            entry.recorded == Script.lines(of: output),
            "\(what): \(entry.command.debugDescription) recorded \(Script.lines(of: output)) but reads back \(entry.recorded)")
    }
}

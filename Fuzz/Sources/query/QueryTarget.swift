import FuzzSupport

/// One command line, as typed at the `lede>` prompt, through `Session.execute` on the seeded
/// workspace: lexer, parser, evaluator, store queries and the renderer of the chosen mode.
/// A leading byte below 24 picks the output mode and text style (`FuzzInput.presentation`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    let (mode, style, rest) = FuzzInput.presentation(FuzzInput.bytes(data, size))
    SeededNotebook.shared.run(FuzzInput.text(rest), mode: mode, style: style)
    return 0
}

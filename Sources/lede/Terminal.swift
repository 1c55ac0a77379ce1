import Foundation
import LedeNotebook

/// The one terminal check: whether stdin and stdout are terminals, and whether colour is wanted.
struct Terminal {
    var stdinIsTerminal: Bool
    var stdoutIsTerminal: Bool
    var stderrIsTerminal: Bool
    var colour: Bool
    var width: Int
    /// libedit needs a terminal that can move the cursor; `TERM=dumb` cannot.
    var canEditLines: Bool

    static var current: Terminal {
        let stdoutTTY = isatty(STDOUT_FILENO) == 1
        let dumb = Variables.value("TERM") == "dumb"
        return Terminal(
            stdinIsTerminal: isatty(STDIN_FILENO) == 1,
            stdoutIsTerminal: stdoutTTY,
            stderrIsTerminal: isatty(STDERR_FILENO) == 1,
            colour: stdoutTTY && !dumb && Variables.value("NO_COLOR") == nil,
            width: columns ?? defaultWidth,
            canEditLines: !dumb)
    }

    /// The width assumed when the window does not say.
    static let defaultWidth = 100

    /// The window's width in columns now (it changes when the window is resized), nil when
    /// stdout is not a terminal.
    static var columns: Int? { columns(of: STDOUT_FILENO) }

    /// The width of the terminal `descriptor` is on, nil when it is not on one.
    static func columns(of descriptor: Int32) -> Int? {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// A progress line is drawn on stderr only when it is a terminal that can erase a line;
    /// piped or redirected, stderr gets no progress at all.
    var showsProgress: Bool { stderrIsTerminal && canEditLines }

    /// Box-drawn, coloured and fitted to the window on a terminal; the recorded style elsewhere.
    var style: TextStyle {
        guard stdoutIsTerminal else { return .recorded }
        return TextStyle(width: width, colour: colour, boxes: colour)
    }
}

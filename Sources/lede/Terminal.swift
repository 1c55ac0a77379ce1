import Foundation
import LedeNotebook

/// The one terminal check: whether stdin and stdout are terminals, and whether colour is wanted.
struct Terminal {
    var stdinIsTerminal: Bool
    var stdoutIsTerminal: Bool
    var colour: Bool
    var width: Int
    /// libedit needs a terminal that can move the cursor; `TERM=dumb` cannot.
    var canEditLines: Bool

    static var current: Terminal {
        let stdoutTTY = isatty(STDOUT_FILENO) == 1
        let dumb = Variables.value("TERM") == "dumb"
        var size = winsize()
        let width = ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 100
        return Terminal(
            stdinIsTerminal: isatty(STDIN_FILENO) == 1,
            stdoutIsTerminal: stdoutTTY,
            colour: stdoutTTY && !dumb && Variables.value("NO_COLOR") == nil,
            width: width,
            canEditLines: !dumb)
    }

    /// Box-drawn, coloured and fitted to the window on a terminal; the recorded style elsewhere.
    var style: TextStyle {
        guard stdoutIsTerminal else { return .recorded }
        return TextStyle(width: width, colour: colour, boxes: colour)
    }
}

import Foundation
import LedeNotebook
import LedeQuery

/// Draws a `load`'s progress line on stderr, redrawn in place at most four times a second and
/// cleared when the load ends. Only made when stderr is a terminal that can erase a line; a
/// load shorter than one redraw interval draws nothing.
final class TerminalLoadProgress: LoadProgressReporting {
    static let redrawInterval = Duration.milliseconds(250)
    /// Carriage return, then erase to the end of the line.
    static let eraseLine = "\r\u{1B}[K"

    private let clock = ContinuousClock()
    private var started: ContinuousClock.Instant?
    private var lastDrawn: ContinuousClock.Instant?
    private var shown = false

    func loading(_ status: LoadStatus) {
        let now = clock.now
        guard let started else {
            started = now
            lastDrawn = now
            return
        }
        guard let lastDrawn, now - lastDrawn >= Self.redrawInterval else { return }
        self.lastDrawn = now
        // One column is left free: a line that fills the last column wraps on some terminals.
        let width = (Terminal.columns(of: STDERR_FILENO) ?? Terminal.defaultWidth) - 1
        Output.err(Self.eraseLine + LoadProgressLine.text(for: status, elapsed: now - started, width: width))
        shown = true
    }

    func finished() {
        if shown { Output.err(Self.eraseLine) }
        started = nil
        lastDrawn = nil
        shown = false
    }
}

import Foundation
import Synchronization
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

/// Ctrl-C while a command runs: the command stops, the session survives.
///
/// The signal handler may only do async-signal-safe things, so it writes a byte to a pipe; a
/// thread waiting on the pipe does the rest (tells the evaluator, interrupts the workspace's
/// running statement). The handler is installed without SA_RESTART, so that a read waiting
/// for a line of piped input ends too.
enum Interrupts {
    /// The pipe's two ends, made before the handler is installed.
    private static let pipeEnds: (read: Int32, write: Int32) = {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return (-1, -1) }
        return (ends[0], ends[1])
    }()
    /// Set by the handler: Ctrl-C arrived since `takePending` last looked.
    private static let pending = Atomic(false)

    /// Installs the handler and starts the thread that calls `onInterrupt` for each Ctrl-C.
    static func install(onInterrupt: @escaping @Sendable () -> Void) {
        let ends = pipeEnds
        guard ends.read >= 0 else { return }
        _ = pending.load(ordering: .relaxed)
        Thread.detachNewThread {
            var byte: UInt8 = 0
            while true {
                let count = read(ends.read, &byte, 1)
                if count == 1 { onInterrupt() } else if count < 0 && errno == EINTR { continue } else { return }
            }
        }
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            Interrupts.pending.store(true, ordering: .relaxed)
            var byte: UInt8 = 1
            _ = write(Interrupts.pipeEnds.write, &byte, 1)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0  // no SA_RESTART
        sigaction(SIGINT, &action, nil)
        // A parent may have started us with SIGINT blocked; a REPL must hear Ctrl-C.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigprocmask(SIG_UNBLOCK, &set, nil)
    }

    /// Whether Ctrl-C came since the last call.
    static func takePending() -> Bool {
        pending.exchange(false, ordering: .relaxed)
    }
}

import Foundation
import Synchronization

/// Ctrl-C while a command runs: the command stops, the session survives.
///
/// The signal handler may only do async-signal-safe things, so it writes a byte to a pipe; a
/// thread waiting on the pipe does the rest (tells the running session's evaluator, which
/// interrupts the workspace's running statement too). The handler is installed without
/// SA_RESTART, so that a read waiting for a line of piped input ends as well.
enum Interrupts {
    /// The pipe's two ends, made before the handler is installed.
    private static let pipeEnds: (read: Int32, write: Int32) = {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return (-1, -1) }
        return (ends[0], ends[1])
    }()
    /// Set by the handler: Ctrl-C arrived since `takePending` last looked.
    private static let pending = Atomic(false)
    /// What Ctrl-C stops: the session running now (`lede run` replays one file after another).
    private static let target = Mutex<(@Sendable () -> Void)?>(nil)

    /// Installs the handler and starts the thread that passes each Ctrl-C to the target.
    static func install() {
        let ends = pipeEnds
        guard ends.read >= 0 else { return }
        // The handler reads both statics: made here, not lazily inside the handler (making a
        // static takes a lock, which a signal handler must not).
        _ = pending.load(ordering: .relaxed)
        Thread.detachNewThread {
            var byte: UInt8 = 0
            while true {
                let count = read(ends.read, &byte, 1)
                if count == 1 {
                    target.withLock { $0 }?()
                } else if count < 0 && errno == EINTR {
                    continue
                } else {
                    return
                }
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

    /// From now on Ctrl-C calls `interrupt` (a session's `Evaluator.interrupt`).
    static func stop(with interrupt: @escaping @Sendable () -> Void) {
        target.withLock { $0 = interrupt }
    }

    /// Whether Ctrl-C came since the last call.
    static func takePending() -> Bool {
        pending.exchange(false, ordering: .relaxed)
    }
}

import Foundation
import GRDB
import Synchronization

/// How a connection waits when another process holds the workspace: SQLite calls `shouldRetry`
/// each time it finds the lock taken. It sleeps a little longer each try, says once (after a
/// second) that it is waiting, and gives up after `maximumWait` or when the command is
/// interrupted.
final class BusyWait: Sendable {
    /// When waiting is worth a line on stderr.
    static let noticeAfter = Duration.seconds(1)
    /// After this, the command fails with `StoreError.busy`.
    static let maximumWait = Duration.seconds(600)
    /// Sleeps between tries: short at first (most locks are held for one batch), then steady.
    static let pauses: [Duration] = [.milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(20), .milliseconds(50)]

    private struct Wait: Sendable {
        var started = ContinuousClock.now
        var noticed = false
    }

    private let wait = Mutex(Wait())
    private let interrupted = Atomic(false)
    private let notice: @Sendable (String) -> Void
    private let location: String

    init(location: String, notice: @escaping @Sendable (String) -> Void) {
        self.location = location
        self.notice = notice
    }

    /// The callback GRDB installs as SQLite's busy handler; `tries` is 0 at the start of a wait.
    var mode: Database.BusyMode {
        .callback { [self] tries in shouldRetry(tries: tries) }
    }

    func shouldRetry(tries: Int) -> Bool {
        if interrupted.load(ordering: .acquiring) { return false }
        let (elapsed, tellNow) = wait.withLock { state -> (Duration, Bool) in
            if tries == 0 { state = Wait() }
            let elapsed = ContinuousClock.now - state.started
            let tell = !state.noticed && elapsed >= Self.noticeAfter
            if tell { state.noticed = true }
            return (elapsed, tell)
        }
        if tellNow { notice("another process is writing to \(location); waiting for it (Ctrl-C to stop)…") }
        guard elapsed < Self.maximumWait else { return false }
        let pause = Self.pauses[min(tries, Self.pauses.count - 1)]
        let (seconds, attoseconds) = pause.components
        usleep(UInt32(seconds) * 1_000_000 + UInt32(attoseconds / 1_000_000_000_000))
        return true
    }

    /// Ctrl-C: waits end at the next try.
    func interrupt() { interrupted.store(true, ordering: .releasing) }
    func reset() { interrupted.store(false, ordering: .releasing) }
}

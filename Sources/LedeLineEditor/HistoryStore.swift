import CLibedit
import Foundation

/// The bounded history behind Up/Down and Ctrl-R, kept in libedit's `_HiStOrY_V2_` file format.
///
/// libedit vis-encodes each entry on save (a newline becomes `\012`, a space `\040`), so
/// multi-line entries survive the round trip. The file is replaced atomically on every
/// addition, after merging in what other sessions wrote since it was loaded: two `lede`
/// windows open at once both keep their commands.
final class HistoryStore {
    /// libedit's `History *`; `EditLine` reads it for Up/Down and searches.
    let handle: OpaquePointer
    let path: String?
    let limit: Int
    /// Why the file could not be read or written, if it could not; saving stops after a load failure
    /// so that a file we do not understand is never overwritten.
    private(set) var error: LineEditorError?
    private var savingDisabled = false

    init(path: String?, limit: Int) {
        self.handle = HistoryStore.makeHistory(limit: limit)
        self.path = path
        self.limit = max(limit, 1)
        if let path, FileManager.default.fileExists(atPath: path) {
            if !HistoryStore.load(path, into: handle) {
                error = .historyUnreadable(path: path)
                savingDisabled = true
            }
        }
    }

    deinit {
        history_end(handle)
    }

    /// Every entry, oldest first.
    var entries: [String] {
        HistoryStore.entries(of: handle)
    }

    /// Records a line the user entered and saves the file; blank lines and repeats of the
    /// previous entry are not recorded.
    func add(_ entry: String) {
        guard !entry.allSatisfy(\.isWhitespace), entry != entries.last else { return }
        lede_history_enter(handle, entry)
        guard let path, !savingDisabled else { return }
        do {
            try persist(entry, to: path)
            error = nil
        } catch {
            self.error = error as? LineEditorError ?? .historyNotSaved(path: path, reason: "\(error)")
        }
    }

    /// Reloads the file (other sessions may have added to it), appends `entry` and replaces the file.
    private func persist(_ entry: String, to path: String) throws {
        let merged = HistoryStore.makeHistory(limit: limit)
        defer { history_end(merged) }
        if FileManager.default.fileExists(atPath: path), !HistoryStore.load(path, into: merged) {
            throw LineEditorError.historyUnreadable(path: path)
        }
        lede_history_enter(merged, entry)  // H_SETUNIQUE drops it when it repeats the newest
        try HistoryStore.writeAtomically(merged, to: path)
    }

    private static func makeHistory(limit: Int) -> OpaquePointer {
        guard let history = history_init() else { fatalError("libedit: history_init failed (out of memory)") }
        lede_history_set_size(history, Int32(clamping: max(limit, 1)))
        lede_history_set_unique(history, 1)
        return history
    }

    /// H_LOAD returns -1 for a file without the `_HiStOrY_V2_` cookie; an empty file is fine.
    private static func load(_ path: String, into history: OpaquePointer) -> Bool {
        if let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int, size == 0 {
            return true
        }
        return lede_history_load(history, path) >= 0
    }

    private static func entries(of history: OpaquePointer) -> [String] {
        var result: [String] = []
        var entry = lede_history_oldest(history)
        while let current = entry {
            result.append(String(cString: current))
            entry = lede_history_newer(history)
        }
        return result
    }

    /// Writes to a temporary file in the same folder, syncs it, then renames it over `path`,
    /// so a crash leaves either the old file or the new one, never half of one.
    private static func writeAtomically(_ history: OpaquePointer, to path: String) throws {
        // The folder by hand: NSString's path methods trap on runs of slashes in the middle
        // and at the end of a path (`XDG_STATE_HOME=a////b////`).
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).dropLast()
        let directory = (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
        if !directory.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw LineEditorError.historyNotSaved(path: path, reason: "cannot create \(directory)")
            }
        }
        var template = Array(((directory.isEmpty ? "." : directory) + "/.history-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw LineEditorError.historyNotSaved(path: path, reason: String(cString: strerror(errno))) }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        guard let stream = fdopen(fd, "w") else {
            close(fd)
            unlink(temporary)
            throw LineEditorError.historyNotSaved(path: path, reason: String(cString: strerror(errno)))
        }
        let written = lede_history_save_fp(history, stream)
        let flushed = fflush(stream) == 0 && fsync(fd) == 0
        let closed = fclose(stream) == 0
        guard written >= 0, flushed, closed else {
            unlink(temporary)
            throw LineEditorError.historyNotSaved(path: path, reason: "write failed")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw LineEditorError.historyNotSaved(path: path, reason: reason)
        }
    }
}

import Foundation

/// What went wrong with the history file; editing itself never fails.
public enum LineEditorError: LocalizedError, Equatable {
    /// The history file exists but is not a libedit history file; it is left untouched.
    case historyUnreadable(path: String)
    /// The history file could not be written (folder not writable, disk full …).
    case historyNotSaved(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .historyUnreadable(let path):
            return "\(path): not a history file; history will not be saved this session"
        case .historyNotSaved(let path, let reason):
            return "\(path): could not save history: \(reason)"
        }
    }
}

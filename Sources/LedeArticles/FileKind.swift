import Foundation

/// What kind of thing a path names, following symbolic links.
public enum FileKind: Equatable, CustomStringConvertible {
    case regular, folder, fifo, socket, device, other

    /// Nil when nothing is there (or it cannot be looked at).
    public init?(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .folder
        case S_IFIFO: self = .fifo
        case S_IFSOCK: self = .socket
        case S_IFCHR, S_IFBLK: self = .device
        default: self = .other
        }
    }

    /// The size in bytes of what `path` names (following symbolic links), nil when it cannot be looked at.
    public static func size(of path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }

    public var description: String {
        switch self {
        case .regular: return "a file"
        case .folder: return "a folder"
        case .fifo: return "a named pipe (FIFO)"
        case .socket: return "a socket"
        case .device: return "a device"
        case .other: return "not a regular file"
        }
    }
}

import Foundation
import LedeArticles

/// Writes a file so that a crash leaves either the old file or the new one, never half of one:
/// the text goes to a temporary file beside the target, is flushed to disk, and is renamed over
/// it. A symbolic link is followed (the file it names is replaced, the link stays a link), an
/// existing file keeps its permissions (and owner, where lede may set it), and anything that
/// is not a regular file is refused.
public enum AtomicFile {
    /// How many links in a row are followed before giving up (a loop of links).
    static let maximumLinks = 32

    public enum Failure: LocalizedError, Equatable {
        case notARegularFile(path: String, kind: String)
        case linkLoop(path: String)
        case system(path: String, reason: String)

        public var errorDescription: String? {
            switch self {
            case .notARegularFile(let path, let kind): return "\(path) is \(kind), not a file; name a file to write"
            case .linkLoop(let path): return "\(path): too many symbolic links (a loop?)"
            // Every caller names the path before the reason (`cannot save notes.lede: …`).
            case .system(_, let reason): return reason
            }
        }
    }

    public static func write(_ text: String, to path: String, shownAs shown: String? = nil) throws {
        try write(to: path, shownAs: shown) { write in try write(text) }
    }

    /// Writes what `body` hands to its `write` function, in pieces, to `path` (named in errors
    /// as `shown`, the path as the user wrote it).
    public static func write(to fullPath: String, shownAs shown: String? = nil, _ body: (_ write: (String) throws -> Void) throws -> Void) throws {
        let path = shown ?? fullPath
        let target = try resolvingLinks(fullPath)
        var existing = stat()
        let exists = lstat(target, &existing) == 0
        if exists, existing.st_mode & S_IFMT != S_IFREG {
            throw Failure.notARegularFile(path: path, kind: FileKind(target)?.description ?? "not a regular file")
        }
        let folder = PathText.folder(of: target)
        var template = Array(((folder.isEmpty ? "." : folder) + "/.\(PathText.lastComponent(of: target)).XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            // The folder as the user named it, not as resolved.
            let shownFolder = PathText.folder(of: path)
            let reason = errno == ENOENT ? "its folder \(shownFolder.isEmpty ? "." : shownFolder) does not exist" : lastError()
            throw Failure.system(path: path, reason: reason)
        }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var finished = false
        defer {
            if !finished {
                close(descriptor)
                unlink(temporary)
            }
        }
        try body { piece in
            var piece = piece
            try piece.withUTF8 { bytes in
                var offset = 0
                while offset < bytes.count {
                    let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        throw Failure.system(path: path, reason: lastError())
                    }
                    offset += written
                }
            }
        }
        // The mode an existing file had, or what a new file gets under the umask.
        let mode: mode_t
        if exists {
            mode = existing.st_mode & 0o7777
            if geteuid() == 0 { _ = fchown(descriptor, existing.st_uid, existing.st_gid) }
        } else {
            let mask = umask(0)
            umask(mask)
            mode = 0o666 & ~mask
        }
        guard fchmod(descriptor, mode) == 0, fsync(descriptor) == 0 else { throw Failure.system(path: path, reason: lastError()) }
        guard close(descriptor) == 0 else {
            finished = true
            unlink(temporary)
            throw Failure.system(path: path, reason: lastError())
        }
        finished = true
        guard rename(temporary, target) == 0 else {
            let reason = lastError()
            unlink(temporary)
            throw Failure.system(path: path, reason: reason)
        }
    }

    /// The path a chain of symbolic links ends at (which may not exist yet).
    static func resolvingLinks(_ path: String) throws -> String {
        var current = path
        for _ in 0..<maximumLinks {
            var info = stat()
            guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length >= 0 else { throw Failure.system(path: path, reason: lastError()) }
            let destination = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            let folder = PathText.folder(of: current)
            current = destination.hasPrefix("/") || folder.isEmpty ? destination : folder + "/" + destination
        }
        throw Failure.linkLoop(path: path)
    }

    static func lastError() -> String { String(cString: strerror(errno)) }
}

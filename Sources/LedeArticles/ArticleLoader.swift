import Foundation
import Synchronization

/// Turns what the user names after `load` (a file, a folder, a glob, or `seeds`) into a stream
/// of articles and problems, one file at a time.
public struct ArticleLoader: Sendable {
    /// Files larger than this are refused as plain text (no article is that long); JSON Lines of
    /// any size are streamed.
    public static let plainTextLimit = 50 * 1024 * 1024
    static let jsonLinesExtensions: Set<String> = ["jsonl", "ndjson", "json"]
    static let plainTextExtensions: Set<String> = ["txt", "text", ""]
    static let chunkSize = 1 << 20
    static let gzipExtension = "gz"
    /// How much of a file's start is looked at to tell text from binary data.
    static let headSize = 8192

    /// Where relative paths are resolved and shown from.
    public var baseDirectory: String
    /// The bundled seeds folder, which `load seeds` names.
    public var seedsDirectory: String?
    /// Each folder's MANIFEST.tsv, read once.
    let manifests = ManifestCache()

    public init(baseDirectory: String, seedsDirectory: String?) {
        self.baseDirectory = baseDirectory
        self.seedsDirectory = seedsDirectory
    }

    /// Loads everything `target` names, handing each article and problem to `handle` as it comes.
    ///
    /// - Parameter progress: told how far the reading has come, after each file and each chunk
    ///   read (a progress line's figures); nil when nobody shows one.
    public func load(_ target: String, progress: ((LoadPosition) -> Void)? = nil, handle: (LoadEvent) throws -> Void) throws {
        let files: [(path: String, display: String)]
        do {
            files = try resolve(target)
        } catch let problem as LoadProblem {
            try handle(.problem(problem))
            return
        }
        guard let progress else {
            for file in files {
                try loadFile(at: file.path, display: file.display, handle: handle)
            }
            return
        }
        let sizes = files.map { FileKind.size(of: $0.path) ?? 0 }
        var position = LoadPosition(filesDone: 0, fileCount: files.count, bytesRead: 0, byteCount: sizes.reduce(0, +))
        progress(position)
        for (file, size) in zip(files, sizes) {
            let before = position.bytesRead
            try loadFile(at: file.path, display: file.display, handle: handle) { readInFile in
                position.bytesRead = before + min(readInFile, size)
                progress(position)
            }
            position.filesDone += 1
            position.bytesRead = before + size
            progress(position)
        }
    }

    // MARK: - Naming files

    func resolve(_ target: String) throws -> [(path: String, display: String)] {
        if target == "seeds", let seeds = seedsDirectory, !FileManager.default.fileExists(atPath: absolute("seeds")) {
            return try folderFiles(seeds, display: "seeds")
        }
        let expanded = expandTilde(target)
        if expanded.contains(where: { "*?[".contains($0) }) {
            let matches = glob(absolute(expanded))
            let articles = matches.filter { FileKind($0) == .regular && isArticleFile($0) }
            guard !articles.isEmpty else {
                throw LoadProblem(.skipped, at: target, matches.isEmpty ? "no file matches this pattern" : "no articles among \(matches.count) matching files")
            }
            return articles.map { ($0, display(for: $0)) }
        }
        let path = absolute(expanded)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw LoadProblem(.skipped, at: target, "no such file or folder")
        }
        if isFolder.boolValue { return try folderFiles(path, display: target) }
        return [(path, target)]
    }

    func folderFiles(_ folder: String, display: String) throws -> [(path: String, display: String)] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
            throw LoadProblem(.skipped, at: display, "folder cannot be read")
        }
        var relative: [String] = []
        while let next = enumerator.nextObject() as? String {
            let name = next.split(separator: "/").last.map(String.init) ?? next
            if name.hasPrefix(".") { continue }
            let full = folder + "/" + next
            // Only regular files: a FIFO, socket or device in a folder is passed over unread.
            if FileKind(full) == .regular, isArticleFile(full) {
                relative.append(next)
            }
        }
        guard !relative.isEmpty else { throw LoadProblem(.skipped, at: display, "no articles in this folder") }
        let prefix = display.hasSuffix("/") ? String(display.dropLast()) : display
        return relative.sorted().map { (folder + "/" + $0, prefix + "/" + $0) }
    }

    /// In a folder or glob only article-looking files are taken (a file named outright is
    /// always tried and never asked about).
    func isArticleFile(_ path: String) -> Bool {
        // `feed.jsonl.gz` is taken as `feed.jsonl` would be (`notes.tar.gz` is not).
        if fileExtension(path) == Self.gzipExtension { return isArticleName(withoutGzipExtension(path), compressed: true) }
        return isArticleName(path, compressed: false)
    }

    func isArticleName(_ path: String, compressed: Bool) -> Bool {
        let ext = fileExtension(path)
        if compressed { return Self.jsonLinesExtensions.contains(ext) || (Self.plainTextExtensions.contains(ext) && !ext.isEmpty) }
        if Self.jsonLinesExtensions.contains(ext) || Self.plainTextExtensions.contains(ext) { return true }
        if ext == "md", let handle = FileHandle(forReadingAtPath: path) {
            defer { try? handle.close() }
            let head = (try? handle.read(upToCount: 4)) ?? Data()
            return head.starts(with: Array("---".utf8))
        }
        return false
    }

    // MARK: - Reading files

    /// - Parameter read: told the bytes of the file read so far (compressed bytes for `.gz`).
    func loadFile(at path: String, display: String, handle: (LoadEvent) throws -> Void, read: (Int) -> Void = { _ in }) throws {
        // Opening a FIFO would wait for a writer for ever, a device could be read for ever.
        if let kind = FileKind(path), kind != .regular {
            try handle(.problem(LoadProblem(.skipped, at: display, "\(kind.description), not a file of articles")))
            return
        }
        let size = FileKind.size(of: path) ?? 0
        guard let file = FileHandle(forReadingAtPath: path) else {
            try handle(.problem(LoadProblem(.skipped, at: display, "cannot be read (permission denied?)")))
            return
        }
        defer { try? file.close() }
        if size == 0 {
            try handle(.problem(LoadProblem(.skipped, at: display, "empty file")))
            return
        }
        let head = (try? file.read(upToCount: Self.headSize)) ?? Data()
        if GzipStream.isGzip(head) {
            try file.seek(toOffset: 0)
            try loadCompressed(file, path: path, display: display, handle: handle, read: read)
            return
        }
        if fileExtension(path) == Self.gzipExtension {
            try handle(.problem(LoadProblem(.skipped, at: display, "not gzip data, though the name ends in .gz")))
            return
        }
        if head.contains(0) {
            try handle(.problem(LoadProblem(.skipped, at: display, "binary file, not text")))
            return
        }
        if Self.jsonLinesExtensions.contains(fileExtension(path)) || looksLikeJSONLines(head) {
            try file.seek(toOffset: 0)
            var bytesRead = 0
            try streamJSONLines(display: display, handle: handle) {
                let chunk = (try? file.read(upToCount: Self.chunkSize)) ?? Data()
                bytesRead += chunk.count
                read(bytesRead)
                return chunk.isEmpty ? nil : chunk
            }
            return
        }
        guard size <= Self.plainTextLimit else {
            try handle(.problem(LoadProblem(.skipped, at: display, "\(Self.megabytes(size)) MB is too large for one plain-text article (limit 50 MB); split it or use JSON Lines")))
            return
        }
        let data = head + ((try? file.readToEnd()) ?? Data())
        read(data.count)
        try loadPlainText(data, path: path, display: display, handle: handle)
    }

    static func megabytes(_ bytes: Int) -> String { String(format: "%.1f", Double(bytes) / 1_048_576) }

    /// A gzip file, decompressed as it is read: JSON Lines are streamed line by line, plain text
    /// is one article as the uncompressed file would be. A corrupt or truncated file keeps
    /// what was read before the damage.
    func loadCompressed(_ file: FileHandle, path: String, display: String, handle: (LoadEvent) throws -> Void, read: (Int) -> Void) throws {
        func damaged(_ failure: GzipFailure) throws {
            try handle(.problem(LoadProblem(.skipped, at: display, failure.explanation)))
        }
        let gzip: GzipStream
        let first: Data?
        do {
            gzip = try GzipStream(descriptor: file.fileDescriptor)
            first = try gzip.next()
            read(gzip.compressedBytesRead)
        } catch let failure as GzipFailure {
            return try damaged(failure)
        }
        guard let first else {
            try handle(.problem(LoadProblem(.skipped, at: display, "empty file (once decompressed)")))
            return
        }
        if first.prefix(Self.headSize).contains(0) {
            try handle(.problem(LoadProblem(.skipped, at: display, "binary data inside the gzip file, not text")))
            return
        }
        let inner = withoutGzipExtension(path)
        if Self.jsonLinesExtensions.contains(fileExtension(inner)) || looksLikeJSONLines(first) {
            var pending: Data? = first
            do {
                try streamJSONLines(display: display, handle: handle) {
                    if let chunk = pending {
                        pending = nil
                        return chunk
                    }
                    let chunk = try gzip.next()
                    read(gzip.compressedBytesRead)
                    return chunk
                }
            } catch let failure as GzipFailure {
                try damaged(failure)
            }
            return
        }
        var data = first
        do {
            while let chunk = try gzip.next() {
                read(gzip.compressedBytesRead)
                data.append(chunk)
                guard data.count <= Self.plainTextLimit else {
                    try handle(.problem(LoadProblem(.skipped, at: display, "more than \(Self.megabytes(Self.plainTextLimit)) MB once decompressed, too large for one plain-text article; split it or use JSON Lines")))
                    return
                }
            }
        } catch let failure as GzipFailure {
            return try damaged(failure)
        }
        try loadPlainText(data, path: path, display: display, handle: handle)
    }

    /// One plain-text article from the whole of a file's bytes.
    func loadPlainText(_ data: Data, path: String, display: String, handle: (LoadEvent) throws -> Void) throws {
        let (text, repaired) = decode(data)
        if repaired {
            try handle(.problem(LoadProblem(.warning, at: display, "invalid UTF-8 replaced with U+FFFD")))
        }
        try reportNULs(data.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }, at: display, handle: handle)
        guard let parsed = PlainTextFormat.parse(TextNormalizer.normalize(text)), !parsed.paragraphs.isEmpty else {
            try handle(.problem(LoadProblem(.skipped, at: display, "no article text (a headline and at least one paragraph are needed)")))
            return
        }
        let listed = manifest(for: path) ?? manifest(for: withoutGzipExtension(path))
        let article = Article(
            title: parsed.title, date: parsed.date, source: parsed.source ?? listed?.source, url: parsed.url ?? listed?.url,
            author: parsed.author, path: display, caption: parsed.caption, paragraphs: parsed.paragraphs)
        try reportDate(parsed.date, unreadable: parsed.unreadableDate, at: display, handle: handle)
        try handle(.article(article))
    }

    /// JSON Lines from `nextChunk` (nil at the end), one article or problem per line. A chunk
    /// source that throws ends the stream: the line it cut is dropped, the lines before are kept.
    func streamJSONLines(display: String, handle: (LoadEvent) throws -> Void, nextChunk: () throws -> Data?) throws {
        var lines = LineSplitter()
        var lineNumber = 0
        var sawArticle = false
        func process(_ trimmed: Data) throws {
            lineNumber += 1
            guard trimmed.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return }
            let location = "\(display):\(lineNumber)"
            let (text, repaired) = decode(Data(trimmed))
            if repaired { try handle(.problem(LoadProblem(.warning, at: location, "invalid UTF-8 replaced with U+FFFD"))) }
            let data = repaired ? Data(text.utf8) : Data(trimmed)
            switch JSONLinesFormat.parse(line: data) {
            case .failure(.malformed(let reason)):
                try handle(.problem(LoadProblem(.skipped, at: location, "malformed JSON: \(reason)")))
            case .failure(.notAnObject):
                try handle(.problem(LoadProblem(.skipped, at: location, "not a JSON object")))
            case .failure(.noText):
                try handle(.problem(LoadProblem(.skipped, at: location, "no article text (text or maintext)")))
            case .success(let parsed):
                sawArticle = true
                try reportDate(parsed.date, unreadable: parsed.unreadableDate, at: location, handle: handle)
                try reportNULs(parsed.nulCount, at: location, handle: handle)
                try handle(.article(Article(
                    title: parsed.title, date: parsed.date, source: parsed.source, url: parsed.url,
                    author: parsed.author, path: location, paragraphs: parsed.paragraphs)))
            }
        }
        while let chunk = try nextChunk() {
            try lines.add(chunk, process)
        }
        try lines.finish(process)
        if !sawArticle && lineNumber == 0 {
            try handle(.problem(LoadProblem(.skipped, at: display, "empty file")))
        }
    }

    func reportNULs(_ count: Int, at location: String, handle: (LoadEvent) throws -> Void) throws {
        guard count > 0 else { return }
        let what = count == 1 ? "a NUL character" : "\(count) NUL characters"
        try handle(.problem(LoadProblem(.warning, at: location, "\(what) kept as \u{FFFD} (U+FFFD)")))
    }

    func reportDate(_ date: CalendarDate?, unreadable: String?, at location: String, handle: (LoadEvent) throws -> Void) throws {
        guard date == nil else { return }
        let message = unreadable.map { "date \"\($0)\" not understood; loaded with date unknown" } ?? "no date; loaded with date unknown"
        try handle(.problem(LoadProblem(.warning, at: location, message)))
    }

    func looksLikeJSONLines(_ head: Data) -> Bool {
        head.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) == UInt8(ascii: "{")
    }

    /// UTF-8 text, with invalid sequences replaced; `true` when something was replaced.
    func decode(_ data: Data) -> (String, Bool) {
        if let text = String(data: data, encoding: .utf8) { return (text, false) }
        return (String(decoding: data, as: UTF8.self), true)
    }

    // MARK: - Manifests

    /// A `MANIFEST.tsv` beside an article (as in `seeds/`) gives its source URL.
    func manifest(for path: String) -> (url: String, source: String)? {
        let folder = PathText.folder(of: path)
        guard let url = manifests.urls(in: folder)[PathText.lastComponent(of: path)] else { return nil }
        return (url, SourceName.fromURL(url) ?? "")
    }

    // MARK: - Paths

    func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : baseDirectory + "/" + path
    }

    func expandTilde(_ path: String) -> String {
        guard path.hasPrefix("~") else { return path }
        return (path as NSString).expandingTildeInPath
    }

    func display(for path: String) -> String {
        let base = baseDirectory.hasSuffix("/") ? baseDirectory : baseDirectory + "/"
        if path.hasPrefix(base) { return String(path.dropFirst(base.count)) }
        return path
    }

    /// `feed.jsonl.gz` → `feed.jsonl`; other names as they are.
    func withoutGzipExtension(_ path: String) -> String {
        guard fileExtension(path) == Self.gzipExtension else { return path }
        return String(path.dropLast(Self.gzipExtension.count + 1))
    }

    func fileExtension(_ path: String) -> String {
        let name = PathText.lastComponent(of: path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    func glob(_ pattern: String) -> [String] {
        var result = glob_t()
        defer { globfree(&result) }
        guard Glibc.glob(pattern, 0, nil, &result) == 0 else { return [] }
        return (0..<Int(result.gl_pathc)).compactMap { index in
            result.gl_pathv[index].map { String(cString: $0) }
        }.sorted()
    }
}

/// A short publication name from a URL: `https://en.wikinews.org/wiki/X` → `wikinews`.
public enum SourceName {
    static let ignoredLabels: Set<String> = ["www", "en", "m", "amp", "edition", "news"]
    static let secondLevel: Set<String> = ["co", "com", "org", "net", "gov", "ac"]

    public static func fromURL(_ url: String) -> String? {
        guard let host = URL(string: url)?.host?.lowercased() else { return nil }
        var labels = host.split(separator: ".").map(String.init)
        guard labels.count >= 2 else { return host }
        labels.removeLast()
        if labels.count >= 2, let last = labels.last, secondLevel.contains(last) { labels.removeLast() }
        return labels.last(where: { !ignoredLabels.contains($0) }) ?? labels.last
    }
}

/// The file → URL columns of each folder's `MANIFEST.tsv`, read once per folder.
final class ManifestCache: Sendable {
    private let byFolder = Mutex<[String: [String: String]]>([:])

    func urls(in folder: String) -> [String: String] {
        if let known = byFolder.withLock({ $0[folder] }) { return known }
        var urls: [String: String] = [:]
        if let text = try? String(contentsOfFile: folder + "/MANIFEST.tsv", encoding: .utf8) {
            let rows = text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
            if let header = rows.first, let fileColumn = header.firstIndex(of: "file"),
               let urlColumn = header.firstIndex(where: { $0 == "source_url" || $0 == "url" }) {
                for row in rows.dropFirst() where row.count > max(fileColumn, urlColumn) {
                    urls[row[fileColumn]] = row[urlColumn]
                }
            }
        }
        byFolder.withLock { $0[folder] = urls }
        return urls
    }
}

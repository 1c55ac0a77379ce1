/// Article ids, in order, kept as one run of UTF-8 bytes: what a load reports it added.
///
/// A load of a million articles names a million ids. As `[String]` each id longer than 15
/// bytes is a heap object of its own (64–80 bytes for an id of 24), allocated by the reading
/// thread between the articles it frees again, so the ids both take 80 MB and keep the heap
/// from shrinking. Here they take their bytes and four more each.
public struct ArticleIDList: RandomAccessCollection, Sendable, Equatable, ExpressibleByArrayLiteral, CustomStringConvertible {
    /// The ids' bytes in chunks of a fixed size, so that growing never copies what is held.
    private var chunks: [[UInt8]] = []
    /// Where each id ends: in which chunk, and where there (it starts where the one before it
    /// in the same chunk ends).
    private var ends: [End] = []

    private struct End: Sendable {
        var chunk: UInt32
        var offset: UInt32
    }

    /// Bytes per chunk (an id longer than this gets a chunk of its own).
    static let chunkBytes = 1 << 20

    public init() {}

    public init(_ ids: some Sequence<String>) {
        append(contentsOf: ids)
    }

    public init(arrayLiteral ids: String...) {
        self.init(ids)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { ends.count }

    public subscript(position: Int) -> String {
        let end = ends[position]
        let start = position > 0 && ends[position - 1].chunk == end.chunk ? Int(ends[position - 1].offset) : 0
        return String(decoding: chunks[Int(end.chunk)][start..<Int(end.offset)], as: UTF8.self)
    }

    public mutating func append(_ id: String) {
        let length = id.utf8.count
        if chunks.isEmpty || chunks[chunks.count - 1].count + length > Self.chunkBytes {
            var chunk: [UInt8] = []
            chunk.reserveCapacity(Swift.max(Self.chunkBytes, length))
            chunks.append(chunk)
        }
        let last = chunks.count - 1
        chunks[last].append(contentsOf: id.utf8)
        ends.append(End(chunk: UInt32(last), offset: UInt32(chunks[last].count)))
    }

    public mutating func append(contentsOf ids: some Sequence<String>) {
        for id in ids { append(id) }
    }

    public static func += (list: inout ArticleIDList, ids: some Sequence<String>) {
        list.append(contentsOf: ids)
    }

    /// Replaces each id that `replacements` names. Each chunk is let go as soon as its ids are
    /// copied, so that the list is not held twice: at the end of a load of a million articles a
    /// whole copy measured 30 MB on the load's peak.
    public mutating func replace(_ replacements: [String: String]) {
        guard !replacements.isEmpty else { return }
        var replaced = ArticleIDList()
        var position = 0
        for chunk in chunks.indices {
            while position < ends.count && ends[position].chunk == UInt32(chunk) {
                let id = self[position]
                replaced.append(replacements[id] ?? id)
                position += 1
            }
            chunks[chunk] = []
        }
        self = replaced
    }

    /// Equal when they hold the same ids in the same order, however they were appended.
    public static func == (a: ArticleIDList, b: ArticleIDList) -> Bool {
        a.elementsEqual(b)
    }

    public var description: String { Array(self).description }
}

import CZlib
import CZstd
import Foundation
import GRDB
import GRDBSQLite

/// Paragraph text as the workspace keeps it: compressed against `ParagraphDictionary` where
/// that makes it smaller, as a blob; as written (text) otherwise. Every read goes through the
/// SQL function `lede_paragraph_text`, which gives the text back from either, so queries may
/// `substr` and `instr` it as before.
///
/// A compressed paragraph is: the format byte, the text's length in UTF-8 bytes as a LEB128
/// varint, the CRC-32 of the text (4 bytes, little-endian), then the compressed text against
/// `ParagraphDictionary.version1`: a zstd frame (`zstdVersion2`, what loads write), or raw
/// deflate (`deflatedVersion1`, written by earlier ledes and still read). The length sizes the
/// output exactly; the checksum turns damage into an error instead of different text (raw
/// deflate has no check of its own, and the zstd frame is written without one).
enum StoredParagraph {
    /// The first byte of a paragraph deflated by zlib, as loads stored them before zstd.
    static let deflatedVersion1: UInt8 = 1
    /// The first byte of a paragraph compressed by zstd, as loads store them now: a third of
    /// zlib's time per paragraph (whose set-up with the dictionary was most of its cost), for
    /// 0.61 of the text's size instead of 0.56.
    static let zstdVersion2: UInt8 = 2
    /// zstd's fastest regular level: higher levels cost twice the time or more for a few
    /// percent smaller paragraphs.
    static let zstdLevel: Int32 = 1
    /// Deflate never expands more than about 1,032 to 1: a length beyond that for the bytes
    /// stored is damage, refused before any memory is set aside for it.
    static let largestDeflateExpansion = 1032
    /// A zstd block of up to 128 KiB may be a single repeated byte in four bytes: a length
    /// beyond that ratio for the bytes stored is damage.
    static let largestZstdExpansion = 32 * 1024
    static let checksumBytes = 4

    /// The format byte, length and checksum that start a compressed paragraph of `text`.
    static func head(format: UInt8, of text: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var head: [UInt8] = [format]
        var length = text.count
        while length >= 0x80 {
            head.append(UInt8(length & 0x7F) | 0x80)
            length >>= 7
        }
        head.append(UInt8(length))
        let checksum = Self.checksum(text)
        head += (0..<checksumBytes).map { UInt8(truncatingIfNeeded: checksum >> (8 * $0)) }
        return head
    }

    /// The SQL function that reads a stored paragraph as text.
    static let textFunction = "lede_paragraph_text"

    /// `lede_paragraph_text(x)`: text as it is, a compressed paragraph decompressed, NULL for
    /// NULL; anything else (a number, a blob that does not decompress to its checksum) is
    /// reported as damage. Each connection has its own decompressor: GRDB lets one thread at a
    /// time use a connection, and the function finishes within one step without calling back
    /// into SQLite.
    static func install(in db: Database) throws {
        guard let decompressor = ParagraphDecompressor() else { throw StoreError.outOfMemory }
        let flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC
        let status = sqlite3_create_function_v2(
            db.sqliteConnection, textFunction, 1, flags, Unmanaged.passRetained(decompressor).toOpaque(),
            { context, _, values in
                guard let value = values?[0] else { return sqlite3_result_null(context) }
                switch sqlite3_value_type(value) {
                case SQLITE_TEXT:
                    sqlite3_result_value(context, value)
                case SQLITE_NULL:
                    sqlite3_result_null(context)
                case SQLITE_BLOB:
                    let decompressor = Unmanaged<ParagraphDecompressor>.fromOpaque(sqlite3_user_data(context)).takeUnretainedValue()
                    let stored = UnsafeRawBufferPointer(start: sqlite3_value_blob(value), count: Int(sqlite3_value_bytes(value)))
                    let read = decompressor.decompress(stored) { text in
                        sqlite3_result_text(context, text.baseAddress, Int32(text.count), StoredParagraph.copyResult)
                    }
                    if !read { sqlite3_result_error_code(context, SQLITE_CORRUPT) }
                default:
                    // A paragraph is never a number.
                    sqlite3_result_error_code(context, SQLITE_CORRUPT)
                }
            },
            nil, nil, { decompressor in decompressor.map { Unmanaged<ParagraphDecompressor>.fromOpaque($0).release() } })
        guard status == SQLITE_OK else { throw StoreError.outOfMemory }
    }

    /// SQLite copies a result given with this destructor.
    static let copyResult = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// The CRC-32 of `bytes`, as zlib computes it.
    static func checksum(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        UInt32(crc32(0, bytes.baseAddress, UInt32(bytes.count)))
    }
}

/// `ParagraphDictionary.version1` made ready for zstd once: its tables are built when it is
/// made and only read afterwards, which zstd allows from any number of threads at once.
final class ZstdDictionaries: @unchecked Sendable {
    let compression: OpaquePointer
    let decompression: OpaquePointer

    private init?() {
        // Bytes that do not start with zstd's dictionary magic number are taken as raw content:
        // text the paragraph may copy from, as deflate's dictionary is.
        let made = ParagraphDictionary.version1.withUnsafeBytes { words in
            (ZSTD_createCDict(words.baseAddress, words.count, StoredParagraph.zstdLevel), ZSTD_createDDict(words.baseAddress, words.count))
        }
        guard let compression = made.0, let decompression = made.1 else {
            ZSTD_freeCDict(made.0)
            ZSTD_freeDDict(made.1)
            return nil
        }
        self.compression = compression
        self.decompression = decompression
    }

    /// Nil only when there was no memory for them.
    static let version1 = ZstdDictionaries()
}

/// Compresses paragraphs one after another, reusing one zstd context and one buffer. One per
/// thread.
final class ParagraphCompressor {
    private let context: OpaquePointer
    private var output: [UInt8] = []

    init?() {
        guard let dictionaries = ZstdDictionaries.version1, let context = ZSTD_createCCtx() else { return nil }
        // The length is stored before the frame, so the frame need not repeat it.
        guard ZSTD_isError(ZSTD_CCtx_refCDict(context, dictionaries.compression)) == 0,
            ZSTD_isError(ZSTD_CCtx_setParameter(context, ZSTD_c_contentSizeFlag, 0)) == 0
        else {
            ZSTD_freeCCtx(context)
            return nil
        }
        self.context = context
    }

    deinit {
        ZSTD_freeCCtx(context)
    }

    /// The paragraph as stored compressed, or nil when that is no shorter than the text.
    func compressed(_ text: String) -> Data? {
        var text = text
        return text.withUTF8 { input -> Data? in
            guard !input.isEmpty else { return nil }
            let head = StoredParagraph.head(format: StoredParagraph.zstdVersion2, of: input)
            let capacity = head.count + ZSTD_compressBound(input.count)
            if output.count < capacity { output = [UInt8](repeating: 0, count: capacity) }
            let frameLength = output.withUnsafeMutableBufferPointer { out -> Int in
                for (index, byte) in head.enumerated() { out[index] = byte }
                return ZSTD_compress2(context, out.baseAddress! + head.count, capacity - head.count, input.baseAddress, input.count)
            }
            guard ZSTD_isError(frameLength) == 0, head.count + frameLength < input.count else { return nil }
            return Data(output[0..<(head.count + frameLength)])
        }
    }
}

/// Decompresses stored paragraphs of either format, reusing one zlib stream, one zstd context
/// and one buffer. One per connection.
final class ParagraphDecompressor {
    private let stream: UnsafeMutablePointer<z_stream>
    private let context: OpaquePointer
    private let dictionaries: ZstdDictionaries
    private var output: [UInt8] = []
    /// The paragraph decompressed last, as stored, and its length in `output`: the dates or
    /// quotes of one paragraph ask for it one after another.
    private var lastStored: [UInt8] = []
    private var lastLength = 0

    init?() {
        guard let dictionaries = ZstdDictionaries.version1, let context = ZSTD_createDCtx() else { return nil }
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        guard lede_inflate_init_raw(stream) == Z_OK else {
            stream.deallocate()
            ZSTD_freeDCtx(context)
            return nil
        }
        self.context = context
        self.dictionaries = dictionaries
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
        ZSTD_freeDCtx(context)
    }

    /// Hands `body` the UTF-8 text of a stored compressed paragraph; false when it is not one
    /// this lede can read (an unknown format byte, data that does not decompress, or text whose
    /// length or checksum is not the one stored).
    func decompress(_ stored: UnsafeRawBufferPointer, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        let bytes = stored.assumingMemoryBound(to: UInt8.self)
        if !lastStored.isEmpty, bytes.elementsEqual(lastStored) {
            output.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[0..<lastLength])) }
            return true
        }
        guard let length = decompress(bytes) else {
            lastStored = []
            return false
        }
        lastStored = Array(bytes)
        lastLength = length
        output.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[0..<length])) }
        return true
    }

    /// Decompresses into `output`; the text's length, or nil for damage.
    private func decompress(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count > 1 else { return nil }
        let format = bytes[0]
        let largestExpansion: Int
        switch format {
        case StoredParagraph.deflatedVersion1: largestExpansion = StoredParagraph.largestDeflateExpansion
        case StoredParagraph.zstdVersion2: largestExpansion = StoredParagraph.largestZstdExpansion
        default: return nil
        }
        // The length: LEB128, at most as many bytes as an Int holds.
        var length = 0
        var at = 1
        var shift = 0
        while true {
            guard at < bytes.count, shift < Int.bitWidth - 7 else { return nil }
            let byte = bytes[at]
            length |= Int(byte & 0x7F) << shift
            at += 1
            shift += 7
            if byte & 0x80 == 0 { break }
        }
        guard at + StoredParagraph.checksumBytes < bytes.count else { return nil }
        let checksum = (0..<StoredParagraph.checksumBytes).reduce(UInt32(0)) { $0 | UInt32(bytes[at + $1]) << (8 * $1) }
        at += StoredParagraph.checksumBytes
        let compressed = UnsafeBufferPointer(rebasing: bytes[at...])
        guard length > 0, length <= compressed.count * largestExpansion else { return nil }
        if output.count < length { output = [UInt8](repeating: 0, count: length) }
        return output.withUnsafeMutableBufferPointer { out -> Int? in
            let whole = format == StoredParagraph.zstdVersion2 ? unzstd(compressed, into: out, length: length) : inflate(compressed, into: out, length: length)
            guard whole else { return nil }
            let text = UnsafeBufferPointer(rebasing: out[0..<length])
            return StoredParagraph.checksum(text) == checksum ? length : nil
        }
    }

    /// Whether `compressed`, a zstd frame, gives exactly `length` bytes into `out`.
    private func unzstd(_ compressed: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>, length: Int) -> Bool {
        let written = ZSTD_decompress_usingDDict(context, out.baseAddress, length, compressed.baseAddress, compressed.count, dictionaries.decompression)
        return ZSTD_isError(written) == 0 && written == length
    }

    /// Whether `compressed`, raw deflate, gives exactly `length` bytes into `out`.
    private func inflate(_ compressed: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>, length: Int) -> Bool {
        guard inflateReset(stream) == Z_OK else { return false }
        let dictionary = ParagraphDictionary.version1
        guard dictionary.withUnsafeBufferPointer({ inflateSetDictionary(stream, $0.baseAddress, UInt32($0.count)) }) == Z_OK else { return false }
        stream.pointee.next_in = UnsafeMutablePointer(mutating: compressed.baseAddress)
        stream.pointee.avail_in = UInt32(compressed.count)
        stream.pointee.next_out = out.baseAddress
        stream.pointee.avail_out = UInt32(length)
        // The whole text fits: anything but the stream's end in one call is damage.
        return CZlib.inflate(stream, Z_FINISH) == Z_STREAM_END && stream.pointee.avail_out == 0
    }
}

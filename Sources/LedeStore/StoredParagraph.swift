import CZlib
import Foundation
import GRDB
import GRDBSQLite

/// Paragraph text as the workspace keeps it: deflated against `ParagraphDictionary` where
/// that makes it smaller, as a blob; as written (text) otherwise. Every read goes through the
/// SQL function `lede_paragraph_text`, which gives the text back from either, so queries may
/// `substr` and `instr` it as before.
///
/// A deflated paragraph is: the format byte (`deflatedVersion1`), the text's length in UTF-8
/// bytes as a LEB128 varint, the CRC-32 of the text (4 bytes, little-endian), then raw deflate
/// against `ParagraphDictionary.version1`. The length sizes the output exactly; the checksum
/// turns damage into an error instead of different text (raw deflate has no check of its own:
/// most single flipped bits still inflate).
enum StoredParagraph {
    /// The first byte of a deflated paragraph in the format above.
    static let deflatedVersion1: UInt8 = 1
    /// How hard deflate works: zlib's default. On paragraphs the time goes to starting each one
    /// (resetting the stream, reading the dictionary), so faster levels gain little and lose 2%.
    static let compressionLevel: Int32 = 6
    /// zlib's default size of the match-finding table (a smaller one gained no speed).
    static let memoryLevel: Int32 = 8
    /// Deflate never expands more than about 1,032 to 1: a length beyond that for the bytes
    /// stored is damage, refused before any memory is set aside for it.
    static let largestExpansion = 1032
    static let checksumBytes = 4

    /// The SQL function that reads a stored paragraph as text.
    static let textFunction = "lede_paragraph_text"

    /// `lede_paragraph_text(x)`: text as it is, a deflated paragraph inflated, NULL for NULL;
    /// anything else (a number, a blob that does not inflate to its checksum) is reported as
    /// damage. Each connection has its own inflater: GRDB lets one thread at a time use a
    /// connection, and the function finishes within one step without calling back into SQLite.
    static func install(in db: Database) throws {
        guard let inflater = ParagraphInflater() else { throw StoreError.outOfMemory }
        let flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC
        let status = sqlite3_create_function_v2(
            db.sqliteConnection, textFunction, 1, flags, Unmanaged.passRetained(inflater).toOpaque(),
            { context, _, values in
                guard let value = values?[0] else { return sqlite3_result_null(context) }
                switch sqlite3_value_type(value) {
                case SQLITE_TEXT:
                    sqlite3_result_value(context, value)
                case SQLITE_NULL:
                    sqlite3_result_null(context)
                case SQLITE_BLOB:
                    let inflater = Unmanaged<ParagraphInflater>.fromOpaque(sqlite3_user_data(context)).takeUnretainedValue()
                    let stored = UnsafeRawBufferPointer(start: sqlite3_value_blob(value), count: Int(sqlite3_value_bytes(value)))
                    let inflated = inflater.inflate(stored) { text in
                        sqlite3_result_text(context, text.baseAddress, Int32(text.count), StoredParagraph.copyResult)
                    }
                    if !inflated { sqlite3_result_error_code(context, SQLITE_CORRUPT) }
                default:
                    // A paragraph is never a number.
                    sqlite3_result_error_code(context, SQLITE_CORRUPT)
                }
            },
            nil, nil, { inflater in inflater.map { Unmanaged<ParagraphInflater>.fromOpaque($0).release() } })
        guard status == SQLITE_OK else { throw StoreError.outOfMemory }
    }

    /// SQLite copies a result given with this destructor.
    static let copyResult = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// The CRC-32 of `bytes`, as zlib computes it.
    static func checksum(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        UInt32(crc32(0, bytes.baseAddress, UInt32(bytes.count)))
    }
}

/// Deflates paragraphs one after another, reusing one zlib stream (on the heap: zlib keeps its
/// address). One per thread.
final class ParagraphDeflater {
    private let stream: UnsafeMutablePointer<z_stream>
    private var output: [UInt8] = []

    init?() {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        guard lede_deflate_init_raw(stream, StoredParagraph.compressionLevel, StoredParagraph.memoryLevel) == Z_OK else {
            stream.deallocate()
            return nil
        }
    }

    deinit {
        deflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// The paragraph as stored deflated, or nil when that is no shorter than the text.
    func deflated(_ text: String) -> Data? {
        var text = text
        return text.withUTF8 { input -> Data? in
            guard !input.isEmpty, deflateReset(stream) == Z_OK else { return nil }
            let dictionary = ParagraphDictionary.version1
            guard dictionary.withUnsafeBufferPointer({ deflateSetDictionary(stream, $0.baseAddress, UInt32($0.count)) }) == Z_OK else { return nil }
            var head: [UInt8] = [StoredParagraph.deflatedVersion1]
            var length = input.count
            while length >= 0x80 {
                head.append(UInt8(length & 0x7F) | 0x80)
                length >>= 7
            }
            head.append(UInt8(length))
            let checksum = StoredParagraph.checksum(input)
            head += (0..<StoredParagraph.checksumBytes).map { UInt8(truncatingIfNeeded: checksum >> (8 * $0)) }
            let capacity = head.count + Int(deflateBound(stream, UInt(input.count)))
            if output.count < capacity { output = [UInt8](repeating: 0, count: capacity) }
            let status = output.withUnsafeMutableBufferPointer { out -> Int32 in
                for (index, byte) in head.enumerated() { out[index] = byte }
                stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.pointee.avail_in = UInt32(input.count)
                stream.pointee.next_out = out.baseAddress! + head.count
                stream.pointee.avail_out = UInt32(capacity - head.count)
                return deflate(stream, Z_FINISH)
            }
            let stored = capacity - Int(stream.pointee.avail_out)
            guard status == Z_STREAM_END, stored < input.count else { return nil }
            return Data(output[0..<stored])
        }
    }
}

/// Inflates stored paragraphs, reusing one zlib stream and one buffer. One per connection.
final class ParagraphInflater {
    private let stream: UnsafeMutablePointer<z_stream>
    private var output: [UInt8] = []
    /// The paragraph inflated last, as stored, and its length in `output`: the dates or
    /// quotes of one paragraph ask for it one after another.
    private var lastStored: [UInt8] = []
    private var lastLength = 0

    init?() {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        guard lede_inflate_init_raw(stream) == Z_OK else {
            stream.deallocate()
            return nil
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Hands `body` the UTF-8 text of a stored deflated paragraph; false when it is not one
    /// this lede can read (an unknown format byte, data that does not inflate, or text whose
    /// length or checksum is not the one stored).
    func inflate(_ stored: UnsafeRawBufferPointer, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        let bytes = stored.assumingMemoryBound(to: UInt8.self)
        if !lastStored.isEmpty, bytes.elementsEqual(lastStored) {
            output.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[0..<lastLength])) }
            return true
        }
        guard let length = inflate(bytes) else {
            lastStored = []
            return false
        }
        lastStored = Array(bytes)
        lastLength = length
        output.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[0..<length])) }
        return true
    }

    /// Inflates into `output`; the text's length, or nil for damage.
    private func inflate(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count > 1, bytes[0] == StoredParagraph.deflatedVersion1 else { return nil }
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
        let compressed = bytes.count - at
        guard length > 0, length <= compressed * StoredParagraph.largestExpansion else { return nil }
        guard inflateReset(stream) == Z_OK else { return nil }
        let dictionary = ParagraphDictionary.version1
        guard dictionary.withUnsafeBufferPointer({ inflateSetDictionary(stream, $0.baseAddress, UInt32($0.count)) }) == Z_OK else { return nil }
        if output.count < length { output = [UInt8](repeating: 0, count: length) }
        return output.withUnsafeMutableBufferPointer { out -> Int? in
            stream.pointee.next_in = UnsafeMutablePointer(mutating: bytes.baseAddress! + at)
            stream.pointee.avail_in = UInt32(compressed)
            stream.pointee.next_out = out.baseAddress
            stream.pointee.avail_out = UInt32(length)
            // The whole text fits: anything but the stream's end in one call is damage.
            guard CZlib.inflate(stream, Z_FINISH) == Z_STREAM_END, stream.pointee.avail_out == 0 else { return nil }
            let text = UnsafeBufferPointer(rebasing: out[0..<length])
            return StoredParagraph.checksum(text) == checksum ? length : nil
        }
    }
}

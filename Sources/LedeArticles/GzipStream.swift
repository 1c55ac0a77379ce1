import CZlib
import Foundation

/// Why a gzip file could not be read to its end.
enum GzipFailure: Error, Equatable {
    /// The file stops in the middle of its compressed data.
    case truncated
    /// zlib's own words: `invalid block type`, `incorrect data check` …
    case corrupt(String)
    case unreadable
    case outOfMemory

    /// What went wrong, as the end of a sentence naming the file.
    var explanation: String {
        switch self {
        case .truncated: return "the gzip file is truncated (it ends in the middle of its compressed data)"
        case .corrupt(let reason): return "the gzip data is corrupt (\(reason))"
        case .unreadable: return "the file could not be read to its end"
        case .outOfMemory: return "out of memory while decompressing"
        }
    }
}

/// Decompresses a gzip file a piece at a time, so that a large file is never held whole.
/// Files of several gzip members (joined with `cat`) are read through; padding after the last
/// member is ignored, as `gzip -d` ignores it.
final class GzipStream {
    /// The first two bytes of every gzip member.
    static let magic: [UInt8] = [0x1F, 0x8B]
    // Small enough that progress against the compressed size moves smoothly.
    static let compressedChunkSize = 64 << 10
    static let decompressedChunkSize = 1 << 20

    /// Whether `head` starts as gzip data does.
    static func isGzip(_ head: Data) -> Bool { head.starts(with: magic) }

    private let descriptor: Int32
    /// On the heap: zlib keeps the stream's address and refuses a stream that has moved.
    private let stream: UnsafeMutablePointer<z_stream>
    private let input: UnsafeMutablePointer<UInt8>
    private let output: UnsafeMutablePointer<UInt8>
    /// A gzip member has just ended: the data read so far is complete.
    private var atMemberEnd = false
    private var finished = false
    /// A failure met after some data of the same piece was decompressed: reported next time.
    private var pendingFailure: GzipFailure?
    /// Compressed bytes read from the file so far, for progress against the file's size.
    private(set) var compressedBytesRead = 0

    /// Reads from `descriptor`'s current position; the caller keeps it open meanwhile.
    init(descriptor: Int32) throws {
        self.descriptor = descriptor
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        input = .allocate(capacity: Self.compressedChunkSize)
        output = .allocate(capacity: Self.decompressedChunkSize)
        guard lede_inflate_init_gzip(stream) == Z_OK else {
            throw GzipFailure.outOfMemory
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
        input.deallocate()
        output.deallocate()
    }

    /// The next piece of decompressed data, or nil after the last.
    func next() throws -> Data? {
        if let failure = pendingFailure {
            pendingFailure = nil
            finished = true
            throw failure
        }
        guard !finished else { return nil }
        let capacity = UInt32(Self.decompressedChunkSize)
        stream.pointee.next_out = output
        stream.pointee.avail_out = capacity
        do {
            while stream.pointee.avail_out == capacity {
                if stream.pointee.avail_in == 0, try refill() == 0 {
                    finished = true
                    if !atMemberEnd { throw GzipFailure.truncated }
                    break
                }
                if atMemberEnd {
                    // Another member follows, or padding that ends the data.
                    guard stream.pointee.next_in.pointee == Self.magic[0] else {
                        finished = true
                        break
                    }
                    inflateReset(stream)
                    atMemberEnd = false
                }
                switch inflate(stream, Z_NO_FLUSH) {
                case Z_OK, Z_BUF_ERROR:
                    continue
                case Z_STREAM_END:
                    atMemberEnd = true
                case Z_MEM_ERROR:
                    throw GzipFailure.outOfMemory
                default:
                    let reason = stream.pointee.msg.map { String(cString: $0) } ?? "not gzip data"
                    throw GzipFailure.corrupt(reason)
                }
            }
        } catch let failure as GzipFailure {
            finished = true
            let produced = Self.decompressedChunkSize - Int(stream.pointee.avail_out)
            guard produced > 0 else { throw failure }
            // The data before the failure is handed on first.
            pendingFailure = failure
            return Data(bytes: output, count: produced)
        } catch {
            throw GzipFailure.unreadable
        }
        let produced = Self.decompressedChunkSize - Int(stream.pointee.avail_out)
        return produced == 0 ? nil : Data(bytes: output, count: produced)
    }

    /// Reads the next compressed chunk; 0 at the end of the file.
    private func refill() throws -> Int {
        while true {
            let count = read(descriptor, input, Self.compressedChunkSize)
            if count < 0 {
                if errno == EINTR { continue }
                throw GzipFailure.unreadable
            }
            compressedBytesRead += count
            stream.pointee.next_in = input
            stream.pointee.avail_in = UInt32(count)
            return count
        }
    }
}

import CZlib
import Foundation

/// The pixels of a PNG file (8-bit RGB or RGBA, not interlaced: what Chromium's screenshots
/// are), for tests that check what a browser drew.
public struct PNGImage {
    public struct Pixel: Equatable, Sendable {
        public var red, green, blue: UInt8

        public init(red: UInt8, green: UInt8, blue: UInt8) {
            self.red = red
            self.green = green
            self.blue = blue
        }

        /// Whether every channel is within `tolerance` of `other`'s.
        public func isClose(to other: Pixel, tolerance: Int) -> Bool {
            abs(Int(red) - Int(other.red)) <= tolerance && abs(Int(green) - Int(other.green)) <= tolerance
                && abs(Int(blue) - Int(other.blue)) <= tolerance
        }
    }

    public enum Problem: Error, Equatable, Sendable {
        case notPNG, unsupported(String), damaged(String)
    }

    public let width: Int
    public let height: Int
    /// Row by row, left to right.
    public let pixels: [Pixel]

    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    /// The eight bytes every PNG file starts with, for tests of damaged files.
    public static var signatureForTests: [UInt8] { signature }

    public init(contentsOf path: String) throws {
        try self.init(data: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
    }

    public init(data bytes: [UInt8]) throws {
        guard bytes.count > Self.signature.count, Array(bytes.prefix(Self.signature.count)) == Self.signature else { throw Problem.notPNG }
        func integer(at offset: Int) -> Int {
            bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
        }
        var offset = Self.signature.count
        var width = 0, height = 0, channels = 0
        var compressed: [UInt8] = []
        while offset + 8 <= bytes.count {
            let length = integer(at: offset)
            let type = String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self)
            let body = offset + 8
            guard body + length + 4 <= bytes.count else { throw Problem.damaged("chunk \(type) runs past the end") }
            switch type {
            case "IHDR":
                width = integer(at: body)
                height = integer(at: body + 4)
                let depth = bytes[body + 8], colour = bytes[body + 9], interlace = bytes[body + 12]
                guard depth == 8, interlace == 0 else { throw Problem.unsupported("depth \(depth), interlace \(interlace)") }
                switch colour {
                case 2: channels = 3
                case 6: channels = 4
                default: throw Problem.unsupported("colour type \(colour)")
                }
            case "IDAT":
                compressed += bytes[body..<body + length]
            default:
                break
            }
            offset = body + length + 4
        }
        guard width > 0, height > 0, channels > 0 else { throw Problem.damaged("no image header") }
        let stride = width * channels
        var inflated = [UInt8](repeating: 0, count: height * (stride + 1))
        var inflatedLength = uLongf(inflated.count)
        let status = inflated.withUnsafeMutableBufferPointer { out in
            compressed.withUnsafeBufferPointer { input in
                uncompress(out.baseAddress, &inflatedLength, input.baseAddress, uLong(input.count))
            }
        }
        guard status == Z_OK, Int(inflatedLength) == inflated.count else { throw Problem.damaged("image data (zlib status \(status))") }
        // Undo each row's filter (PNG's None, Sub, Up, Average, Paeth).
        var rows = [UInt8](repeating: 0, count: height * stride)
        for y in 0..<height {
            let filter = inflated[y * (stride + 1)]
            for x in 0..<stride {
                let raw = Int(inflated[y * (stride + 1) + 1 + x])
                let left = x >= channels ? Int(rows[y * stride + x - channels]) : 0
                let up = y > 0 ? Int(rows[(y - 1) * stride + x]) : 0
                let upLeft = x >= channels && y > 0 ? Int(rows[(y - 1) * stride + x - channels]) : 0
                let predicted: Int
                switch filter {
                case 0: predicted = 0
                case 1: predicted = left
                case 2: predicted = up
                case 3: predicted = (left + up) / 2
                case 4:
                    let estimate = left + up - upLeft
                    let toLeft = abs(estimate - left), toUp = abs(estimate - up), toUpLeft = abs(estimate - upLeft)
                    predicted = toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft
                default: throw Problem.damaged("row filter \(filter)")
                }
                rows[y * stride + x] = UInt8((raw + predicted) & 0xFF)
            }
        }
        self.width = width
        self.height = height
        pixels = (0..<(width * height)).map { index in
            Pixel(red: rows[index * channels], green: rows[index * channels + 1], blue: rows[index * channels + 2])
        }
    }

    /// How many pixels are within `tolerance` of `colour`.
    public func count(of colour: Pixel, tolerance: Int = 0) -> Int {
        pixels.reduce(0) { $0 + ($1.isClose(to: colour, tolerance: tolerance) ? 1 : 0) }
    }
}

/// A 128-bit FNV-1a digest (two 64-bit lanes with different offsets): stable across runs and
/// platforms, unlike `Hasher`, and enough to tell articles apart in corpora of millions.
public struct ContentHasher {
    private var a: UInt64 = 0xcbf2_9ce4_8422_2325
    private var b: UInt64 = 0x6c62_272e_07bb_0142
    private static let prime: UInt64 = 0x0000_0100_0000_01B3

    public init() {}

    public mutating func combine(_ text: String) {
        for byte in text.utf8 { mix(byte) }
        mix(0x1F)  // unit separator: "ab","c" differs from "a","bc"
    }

    private mutating func mix(_ byte: UInt8) {
        a = (a ^ UInt64(byte)) &* Self.prime
        b = (b ^ UInt64(byte ^ 0x5A)) &* Self.prime
    }

    public var hexDigest: String {
        func hex(_ v: UInt64) -> String { String(v, radix: 16).leftPadded(to: 16) }
        return hex(a) + hex(b)
    }
}

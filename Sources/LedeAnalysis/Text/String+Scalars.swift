extension String {
    /// The text of a run of Unicode scalars, encoded straight into a new string's UTF-8.
    ///
    /// `String(String.UnicodeScalarView(slice))` does the same, but through the standard
    /// library's generic `append(contentsOf:)`, which is not specialized for a slice of scalars
    /// and appends one scalar at a time: it was two fifths of all analysis time on long
    /// paragraphs. This counts the bytes first and writes them once.
    init(scalars: ArraySlice<Unicode.Scalar>) {
        var byteCount = 0
        for scalar in scalars { byteCount += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: byteCount) { buffer in
            var written = 0
            for scalar in scalars {
                if scalar.isASCII {
                    buffer[written] = UInt8(truncatingIfNeeded: scalar.value)
                    written += 1
                    continue
                }
                UTF8.encode(scalar) { byte in
                    buffer[written] = byte
                    written += 1
                }
            }
            return written
        }
    }
}

extension Array where Element == Unicode.Scalar {
    /// The Unicode scalars of `text`, decoded from its UTF-8 in one pass.
    ///
    /// `Array(text.unicodeScalars)` walks the text twice (once to count the scalars, once to
    /// copy them) through the generic collection machinery; every paragraph is turned into
    /// scalars, so that was a seventh of analysis time.
    init(scalarsOf text: String) {
        var text = text
        self = text.withUTF8 { bytes in
            // A string's storage is valid UTF-8 and has at least as many bytes as scalars.
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, initializedCount in
                var count = 0
                var i = 0
                while i < bytes.count {
                    let lead = bytes[i]
                    if lead < 0x80 {
                        buffer[count] = Unicode.Scalar(lead)
                        i += 1
                    } else {
                        // The lead byte says how many continuation bytes follow; each adds six bits.
                        let width = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                        var value = UInt32(lead) & (0x7F >> UInt32(width))
                        for k in 1..<width { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
                        buffer[count] = Unicode.Scalar(value) ?? "\u{FFFD}"
                        i += width
                    }
                    count += 1
                }
                initializedCount = count
            }
        }
    }
}

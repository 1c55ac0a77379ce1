import Foundation

/// An averaged perceptron that decides whether a word the rules left alone heads an attribution
/// (`wants to repeal the law`, `backed the measure`): the words worth asking about, and a
/// weight per feature (see `CueFeatures`). Trained by `lede-eval train-cues` over an annotated
/// folder; shipped as the text resource `AttributionCues.txt`.
///
/// The file: lines `v HEX` name a word (by its hash) that may head an attribution; lines `w HEX
/// WEIGHT` give a feature's weight in thousandths; `#` starts a comment.
public struct CueModel: Sendable {
    let vocabulary: WordSet
    let weights: [UInt64: Int32]

    /// The model shipped with the package (an empty one when the resource is missing).
    public static let shipped: CueModel = {
        guard let url = Bundle.module.url(forResource: "AttributionCues", withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { return CueModel(vocabulary: [], weights: [:]) }
        return CueModel(parsing: text)
    }()

    public init(vocabulary: [UInt64], weights: [UInt64: Int32]) {
        self.vocabulary = WordSet(vocabulary)
        self.weights = weights
    }

    /// Reads the text form (see the type's description); lines it cannot read are skipped.
    public init(parsing text: String) {
        var vocabulary: [UInt64] = []
        var weights: [UInt64: Int32] = [:]
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard let tag = fields.first else { continue }
            if tag == "v", fields.count == 2, let h = UInt64(fields[1], radix: 16) {
                vocabulary.append(h)
            } else if tag == "w", fields.count == 3, let h = UInt64(fields[1], radix: 16), let w = Int32(fields[2]) {
                weights[h] = w
            }
        }
        self.init(vocabulary: vocabulary, weights: weights)
    }

    /// The text form, sorted so that the same model always writes the same file.
    public static func text(vocabulary: [UInt64], weights: [UInt64: Int32], header: String) -> String {
        var out = header.split(separator: "\n").map { "# \($0)\n" }.joined()
        for h in vocabulary.sorted() { out += "v \(String(h, radix: 16))\n" }
        for (h, w) in weights.sorted(by: { $0.key < $1.key }) where w != 0 { out += "w \(String(h, radix: 16)) \(w)\n" }
        return out
    }

    /// Whether the model holds no weights (as when its resource is missing): it finds nothing.
    public var isEmpty: Bool { weights.isEmpty }

    /// Whether the word with hash `h` is one the model is asked about.
    @inline(__always) func asks(_ h: UInt64) -> Bool { vocabulary.contains(h) }

    /// The feature every candidate has: its weight is the model's bias.
    public static var biasFeature: UInt64 { CueFeatures.key(.bias, 0) }

    /// The score of a candidate's features: above zero, it heads an attribution.
    public func score(_ features: [UInt64]) -> Int32 {
        var total: Int32 = 0
        for f in features { total &+= weights[f] ?? 0 }
        return total
    }
}

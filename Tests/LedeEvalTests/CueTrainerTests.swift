import Foundation
import LedeAnalysis
import LedeTestSupport
import Testing

@testable import LedeEval

@Suite("Cue model training")
struct CueTrainerTests {
    /// Three articles in which `backed` heads a stance the rules do not read.
    static func articles() throws -> [PolNeARArticle] {
        let sentences = [
            "Senator Ada Brill backed the harbor bill on Tuesday.",
            "Mayor Tom Reyes backed the ferry plan after the vote.",
            "Governor Lena Ortiz backed the bridge repairs last week.",
        ]
        return try sentences.enumerated().map { i, sentence in
            let text = "Headline\n\n" + sentence + "\n"
            let scalars = Array(text.unicodeScalars)
            func offset(_ word: String) -> Int {
                let range = text.range(of: word)!
                return text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
            }
            let cue = offset("backed"), content = cue + "backed ".count
            let contentEnd = scalars.count - 2
            let standoff = """
                T901\tCue \(cue) \(cue + 6)\tbacked
                T902\tSource 10 \(cue - 1)\t\(String(String.UnicodeScalarView(scalars[10..<(cue - 1)])))
                T903\tContent \(content) \(contentEnd)\t\(String(String.UnicodeScalarView(scalars[content..<contentEnd])))
                T904\tAttribution \(cue) \(cue + 6)\tbacked
                E901\tAttribution:T904 Content:T903 Cue:T901 Source:T902
                """
            return try PolNeARReader.parse(name: "a\(i)", text: text, standoff: standoff)
        }
    }

    @Test("training is deterministic and learns a stance verb the rules leave")
    func deterministic() throws {
        var options = CueTrainingOptions()
        options.fewestCues = 2
        options.smallestWeight = 0
        let first = CueTrainer.train(try Self.articles(), options: options)
        let second = CueTrainer.train(try Self.articles(), options: options)
        #expect(first.vocabulary == second.vocabulary)
        #expect(first.weights == second.weights)
        #expect(first.vocabulary.contains(CueTraining.hash(of: "backed")))
        #expect(first.positives == 3)
    }

    @Test("each perceptron's order is a fixed shuffle of the examples, and the model is their mean")
    func perceptronsAveraged() throws {
        var examples: [CueTrainer.LabelledExample] = []
        for i in 0..<50 {
            let number = UInt64(i)
            examples.append(CueTrainer.LabelledExample(features: [number % 7, 100], word: number, stem: number, positive: i % 3 == 0))
        }
        let once = CueTrainer.shuffled(examples, seed: 3).map(\.word)
        #expect(once == CueTrainer.shuffled(examples, seed: 3).map(\.word))
        #expect(once != CueTrainer.shuffled(examples, seed: 4).map(\.word))
        #expect(once != examples.map(\.word))
        #expect(once.sorted() == examples.map(\.word))

        // One perceptron is the averaged perceptron over the examples in reading order; more
        // give other weights, still the same on every run.
        var options = CueTrainingOptions()
        options.fewestCues = 2
        options.smallestWeight = 0
        options.biasShift = 0
        options.perceptrons = 1
        let single = CueTrainer.train(try Self.articles(), options: options)
        options.perceptrons = 4
        let mean = CueTrainer.train(try Self.articles(), options: options)
        #expect(mean.weights == CueTrainer.train(try Self.articles(), options: options).weights)
        #expect(mean.vocabulary == single.vocabulary)
        #expect(mean.weights != single.weights)
        #expect(mean.trainingAccuracy == 1)
    }

    @Test("the text form of a model reads back")
    func roundTrip() {
        let text = CueModel.text(vocabulary: [7, 3], weights: [11: 250, 12: -40], header: "a model\nfor a test")
        #expect(text == "# a model\n# for a test\nv 3\nv 7\nw b 250\nw c -40\n")
        let model = CueModel(parsing: text)
        #expect(model.score([11, 12, 99]) == 210)
    }

    @Test("the shipped model is bundled and asks about some words")
    func shipped() {
        #expect(!CueModel.shipped.isEmpty)
    }
}

@Suite("Shipped cue model")
struct ShippedCueModelTests {
    /// The model's lines (`v …`, `w …`), its comment header left out.
    static func modelLines(_ text: String) -> [Substring] {
        text.split(separator: "\n").filter { !$0.hasPrefix("#") }
    }

    @Test("the shipped weights are what training on PolNeAR train gives with the current rules")
    func reproducible() throws {
        guard let shared = Fixtures.shared, FileManager.default.fileExists(atPath: shared + "/eval/polnear-train") else {
            print("skipped: ../shared/eval/polnear-train is not beside the checkout")
            return
        }
        let result = CueTrainer.train(try PolNeARReader.read(directory: shared + "/eval/polnear-train"), options: CueTrainingOptions())
        let trained = CueModel.text(vocabulary: result.vocabulary, weights: result.weights, header: "")
        let shipped = try String(contentsOfFile: Fixtures.root + "/Sources/LedeAnalysis/Resources/AttributionCues.txt", encoding: .utf8)
        // (When this fails, a rule changed what the rules find: retrain with the command in
        // `lede-eval train-cues --help` and review the figures it moves.)
        #expect(Self.modelLines(trained) == Self.modelLines(shipped))
    }
}

import ArgumentParser
import Foundation
import LedeAnalysis
import LedeEval

/// Trains the cue model shipped as `Sources/LedeAnalysis/Resources/AttributionCues.txt`.
struct TrainCuesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-cues",
        abstract: "Train the attribution cue model on a PolNeAR folder (deterministic) and write it.",
        discussion: "The shipped model: lede-eval train-cues ../shared/eval/polnear-train --out Sources/LedeAnalysis/Resources/AttributionCues.txt"
    )
    @Argument(help: "A PolNeAR folder to train on (the train split).") var directory: String
    @Option(help: "Where to write the model.") var out: String
    @Option(help: "Passes over the examples.") var epochs = CueTrainingOptions().epochs
    @Option(help: "Perceptrons averaged, each over its own fixed order of the examples.") var perceptrons = CueTrainingOptions().perceptrons
    @Option(help: "Fewest missed attributions a word must head to be asked about.") var fewestCues = CueTrainingOptions().fewestCues
    @Option(help: "Least share (percent) of a word's occurrences that must head one.") var leastShare = CueTrainingOptions().leastSharePercent
    @Option(help: "Added to the bias after training, in thousandths.") var biasShift: Int32 = CueTrainingOptions().biasShift
    @Option(help: "Smallest weight kept, in thousandths.") var smallestWeight: Int32 = CueTrainingOptions().smallestWeight
    @Option(help: "Folders to score with the new model once written.") var score: [String] = []

    func run() throws {
        var options = CueTrainingOptions()
        options.epochs = epochs
        options.perceptrons = perceptrons
        options.fewestCues = fewestCues
        options.leastSharePercent = leastShare
        options.biasShift = biasShift
        options.smallestWeight = smallestWeight
        let articles = try PolNeARReader.read(directory: directory)
        let result = CueTrainer.train(articles, options: options)
        let header = """
            The attribution cue model (CueModel): the mean of averaged perceptrons over word features.
            Trained by: lede-eval train-cues POLNEAR-TRAIN --out THIS-FILE --epochs \(epochs) --perceptrons \(perceptrons) --fewest-cues \(fewestCues) --least-share \(leastShare) --bias-shift \(biasShift) --smallest-weight \(smallestWeight)
            """
        let text = CueModel.text(vocabulary: result.vocabulary, weights: result.weights, header: header)
        try text.write(toFile: out, atomically: true, encoding: .utf8)
        print("\(result.vocabulary.count) words asked about, \(result.weights.count) weights, \(text.utf8.count) bytes")
        print(String(format: "%d examples, %d positive; %.3f right on the training examples", result.examples, result.positives, result.trainingAccuracy))
        let model = CueModel(parsing: text)
        for folder in score {
            let evaluation = QuoteScorer.evaluate(try PolNeARReader.read(directory: folder)) { QuoteExtractor.extract(paragraphs: $0, model: model) }
            for (title, c) in [("quotes", evaluation.quoted), ("all", evaluation.all)] {
                print(String(format: "%@ %@: F1 %.3f @0.3, %.3f @0.8, P %.3f R %.3f, speaker %.3f", folder, title, c.f1(strict: false), c.f1(strict: true),
                             c.precision(strict: false), c.recall(strict: false), c.speakerAccuracy))
            }
        }
    }
}

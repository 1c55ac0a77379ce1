import Dispatch
import Foundation
import LedeAnalysis
import LedeArticles
import LedeStore
import Synchronization

/// A load: articles read (by the caller's `produce`), analysed on every core but one, and
/// handed to the store in batches, each written in one transaction.
public enum Ingest {
    /// Articles analysed and written per transaction: large enough to amortise the commit (the
    /// pages every batch rewrites, such as index interiors, go to the WAL once a batch), small
    /// enough that an interrupted load loses little and memory stays flat. 100,000 articles,
    /// with the indexes' merging below: 1,024 instead of 512 took 6.5 instead of 8.6 s of
    /// system CPU, the load's peak memory 179 instead of 139 MB.
    public static let batchSize = 1024
    /// Batches read, analysed or being written at once: memory stays flat.
    static let batchesInFlight = 3
    /// Threads that analyse while the writer writes: every core but the writer's.
    static let analysisWorkers = max(1, ProcessInfo.processInfo.activeProcessorCount - 1)

    /// Adds the articles that `produce` hands over to `store`. Articles already present (same
    /// content hash) are counted, not added. `shouldStop` is polled between articles; what was
    /// committed before stays. A write that fails ends the load: the report holds what was
    /// committed and, in `failure`, why it stopped.
    public static func load(
        into store: any WorkspaceStore,
        _ produce: (_ handle: (LoadEvent) throws -> Void) throws -> Void,
        shouldStop: @escaping () -> Bool
    ) throws -> LoadReport {
        try run(store.batchWriter(), location: store.location, produce, shouldStop: shouldStop)
    }

    static func run<Writer: BatchWriter>(
        _ writer: Writer, location: String,
        _ produce: (_ handle: (LoadEvent) throws -> Void) throws -> Void,
        shouldStop: @escaping () -> Bool
    ) throws -> LoadReport {
        // Three stages overlap: reading and parsing (this thread), analysing (a serial queue
        // that spreads each batch over the cores) and writing (a serial queue, one transaction
        // per batch). While batch n is written, batch n+1 is analysed and batch n+2 read.
        let written = LoadProgress()
        let analyser = DispatchQueue(label: "lede.load.analyser")
        let writing = DispatchQueue(label: "lede.load.writer")
        let inFlight = DispatchSemaphore(value: batchesInFlight)
        func submit(_ articles: [Article]) {
            inFlight.wait()
            analyser.async {
                guard !written.stopped else { inFlight.signal(); return }
                // Articles the workspace already holds are known by their content hash before
                // they are analysed, so a repeated or resumed load passes over them at read speed.
                let hashed = articles.map { HashedArticle(article: $0, hash: $0.contentHash) }
                let stored = writer.storedIDs(ofHashes: hashed.map(\.hash))
                let prepared = prepare(hashed.filter { stored[$0.hash] == nil }, for: writer)
                let present = hashed.compactMap { stored[$0.hash] }
                writing.async {
                    defer { inFlight.signal() }
                    // After Ctrl-C or a failed write, batches read before it are dropped, not written.
                    guard !written.stopped else { return }
                    written.record { outcome in
                        outcome.report.alreadyPresent += present
                        // The report learns of the batch only once it is committed: a batch
                        // whose commit fails (a full disk) added nothing.
                        let batch = try writer.write(prepared)
                        outcome.report.added += batch.added
                        outcome.report.alreadyPresent += batch.alreadyPresent
                        outcome.renamed.merge(batch.renamed) { _, new in new }
                    }
                }
            }
        }
        var problems: [LoadProblem] = []
        var batch: [Article] = []
        var interrupted = false
        do {
            try produce { event in
                if shouldStop() {
                    written.cancel()
                    throw StopReading()
                }
                if written.failed { throw StopReading() }  // the error itself is reported below
                switch event {
                case .problem(let problem):
                    problems.append(problem)
                case .article(let article):
                    batch.append(article)
                    if batch.count >= batchSize {
                        submit(batch)
                        batch.removeAll(keepingCapacity: true)
                    }
                }
            }
        } catch is StopReading {
            interrupted = !written.failed
        } catch {
            analyser.sync {}
            writing.sync {}
            throw error
        }
        if !batch.isEmpty && !written.stopped { submit(batch) }
        analyser.sync {}
        writing.sync {}
        let outcome = written.outcome
        if outcome.error == nil { writer.finish() }
        var report = outcome.report
        report.failure = outcome.error.map { $0 as? StoreError ?? .failed(path: location, code: -1) }
        if !outcome.renamed.isEmpty {
            report.added.replace(outcome.renamed)
            report.alreadyPresent.replace(outcome.renamed)
        }
        report.problems = problems + report.problems
        report.interrupted = interrupted
        return report
    }

    /// Ends the reading of a load that was stopped or whose writing failed.
    struct StopReading: Error {}

    /// An article read, with its content hash worked out once.
    struct HashedArticle: Sendable {
        var article: Article
        var hash: String
    }

    /// A batch analysed and prepared for the store on `analysisWorkers` threads.
    static func prepare<Writer: BatchWriter>(_ batch: [HashedArticle], for writer: Writer) -> [Writer.Prepared] {
        let workers = min(analysisWorkers, batch.count)
        guard workers > 1 else { return writer.prepare(batch.map(analyse)) }
        // Worker w prepares articles w, w + workers, w + 2·workers …; the strides are woven back.
        let strides = Mutex([[Writer.Prepared]](repeating: [], count: workers))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let mine = writer.prepare(stride(from: worker, to: batch.count, by: workers).map { analyse(batch[$0]) })
            strides.withLock { $0[worker] = mine }
        }
        return strides.withLock { strides in
            (0..<batch.count).map { strides[$0 % workers][$0 / workers] }
        }
    }

    /// The analysis of one article and everything derived from it that any store keeps.
    static func analyse(_ hashed: HashedArticle) -> AnalysedArticle {
        let article = hashed.article
        let analysis = Analyzer.analyze(article)
        let speakerKeys = analysis.quotes.map { quote in
            quote.speaker.map { speaker in
                // Someone named only in part (`a student named Wong`) is this article's own:
                // their key carries the article, so no full name elsewhere takes them in.
                let key = quote.isPartialName ? PersonName.key(speaker) + "#" + hashed.hash.prefix(12) : PersonName.key(speaker)
                return SpeakerKeys(key: key, variants: Set(PersonName.variants(of: speaker).map(PersonName.key)).sorted())
            }
        }
        func place(of text: String, inParagraph index: Int) -> TextPlace? {
            article.paragraphs.indices.contains(index) ? TextPlace(of: text, in: article.paragraphs[index]) : nil
        }
        return AnalysedArticle(
            article: article, hash: hashed.hash, words: article.wordCount, analysis: analysis, speakerKeys: speakerKeys,
            sentencePlaces: analysis.temporals.map { place(of: $0.sentence, inParagraph: $0.paragraph) },
            quotePlaces: analysis.quotes.map { place(of: $0.text, inParagraph: $0.paragraph) })
    }
}

extension WorkspaceStore {
    /// `Ingest.load` into this store.
    public func load(
        _ produce: (_ handle: (LoadEvent) throws -> Void) throws -> Void,
        shouldStop: @escaping () -> Bool
    ) throws -> LoadReport {
        try Ingest.load(into: self, produce, shouldStop: shouldStop)
    }
}

/// What the writing stage of a load has done so far, shared with the reading and analysing
/// stages, which stop early once a write has failed.
final class LoadProgress: Sendable {
    struct Outcome: Sendable {
        var report = LoadReport()
        /// Ids renamed during the load (a slug shared later): applied to the report once, at the end.
        var renamed: [String: String] = [:]
        var error: Error?
    }

    /// Only the writing stage holds this, one batch at a time.
    private let state = Mutex(Outcome())
    /// Polled for every article read: an atomic, so that reading never waits for a write.
    private let failure = Atomic(false)

    /// Runs one write with the outcome so far; a thrown error is kept and ends the load.
    func record(_ write: (inout Outcome) throws -> Void) {
        state.withLock { outcome in
            do {
                try write(&outcome)
            } catch {
                outcome.error = error
                failure.store(true, ordering: .releasing)
            }
        }
    }

    var failed: Bool { failure.load(ordering: .acquiring) }

    /// Ctrl-C: batches not yet written are dropped.
    private let cancelled = Atomic(false)
    func cancel() { cancelled.store(true, ordering: .releasing) }
    /// A write failed or the load was cancelled: nothing more is analysed or written.
    var stopped: Bool { failed || cancelled.load(ordering: .acquiring) }
    var outcome: Outcome { state.withLock { $0 } }
}

// swift-tools-version: 6.1
import PackageDescription

// lede: a research notebook for news articles.
// Data flows one way: file → article → analysis → ingest → store → query → rendering.
let package = Package(
    name: "lede",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "lede", targets: ["lede"]),
        .executable(name: "lede-eval", targets: ["lede-eval"]),
        // Libraries only so that the fuzz package in Fuzz/ can depend on this one by path.
        .library(name: "LedeArticles", targets: ["LedeArticles"]),
        .library(name: "LedeAnalysis", targets: ["LedeAnalysis"]),
        .library(name: "LedeStore", targets: ["LedeStore"]),
        .library(name: "LedeIngest", targets: ["LedeIngest"]),
        .library(name: "LedePostgres", targets: ["LedePostgres"]),
        .library(name: "LedeQuery", targets: ["LedeQuery"]),
        .library(name: "LedeNotebook", targets: ["LedeNotebook"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // Articles and their loaders: files in, normalized `Article` values out.
        .target(name: "LedeArticles", dependencies: ["CZlib"]),
        // zlib: `.gz` input (the loaders' GzipStream.swift) and reading paragraphs stored by
        // earlier ledes.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // zstd: the store's paragraph text (paragraphs stored before it stay zlib's).
        .systemLibrary(
            name: "CZstd",
            pkgConfig: "libzstd",
            providers: [.apt(["libzstd-dev"])]
        ),
        // Text analysis as pure functions over text: sentences, names, quotes, dates.
        .target(
            name: "LedeAnalysis",
            dependencies: ["LedeArticles"],
            resources: [.process("Resources")]
        ),
        // The workspace store: SQLite through GRDB, behind the `WorkspaceStore` protocol.
        .target(
            name: "LedeStore",
            dependencies: ["LedeArticles", "LedeAnalysis", "CZlib", "CZstd", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The team workspace: the same store on a PostgreSQL server, through libpq (opened on
        // first use: see Libpq.swift).
        .target(name: "LedePostgres", dependencies: ["LedeStore", "LedeArticles", "LedeAnalysis"]),
        // A load: articles read, analysed on every core, handed to the store in batches.
        .target(name: "LedeIngest", dependencies: ["LedeArticles", "LedeAnalysis", "LedeStore"]),
        // The query language: lexer, parser, evaluator.
        .target(name: "LedeQuery", dependencies: ["LedeArticles", "LedeAnalysis", "LedeStore", "LedeIngest"]),
        // The notebook: sessions, scripts, renderers, reports, the command table.
        .target(
            name: "LedeNotebook",
            dependencies: ["LedeQuery", "LedeStore", "LedePostgres", "LedeArticles", .product(name: "Mustache", package: "swift-mustache")]
        ),
        // libedit, imported by the line editor alone.
        .systemLibrary(
            name: "CLibedit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(name: "LedeLineEditor", dependencies: ["CLibedit"]),
        // Scorers for the annotated evaluation sets (PolNeAR, TimeML, MEANTIME).
        .target(name: "LedeEval", dependencies: ["LedeAnalysis", "LedeArticles"]),
        .executableTarget(
            name: "lede",
            dependencies: [
                "LedeNotebook", "LedeLineEditor", "LedeStore", "LedePostgres", "LedeIngest",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Release builds are made with `--static-swift-stdlib` (README, Benchmarks/README.md):
            // the Swift runtime and Foundation linked in, so the dynamic linker no longer resolves
            // them at every start (half of a short command's time). Not position-independent:
            // 86,000 relocations of a PIE cost every start 0.3 ms.
            linkerSettings: [.unsafeFlags(["-Xlinker", "-no-pie"], .when(configuration: .release))]
        ),
        .executableTarget(
            name: "lede-eval",
            dependencies: ["LedeEval", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        .target(name: "LedeTestSupport", dependencies: ["CZlib"], path: "Tests/LedeTestSupport"),
        .testTarget(name: "LedeArticlesTests", dependencies: ["LedeArticles", "LedeTestSupport"]),
        // The golden files are read from the source tree by path, not bundled.
        .testTarget(name: "LedeAnalysisTests", dependencies: ["LedeAnalysis", "LedeTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "LedeStoreTests", dependencies: ["LedeStore", "LedeIngest", "LedeTestSupport"]),
        .testTarget(name: "LedePostgresTests", dependencies: ["LedePostgres", "LedeStore", "LedeIngest", "LedeTestSupport"]),
        .testTarget(name: "LedeIngestTests", dependencies: ["LedeIngest", "LedeStore", "LedeArticles"]),
        .testTarget(name: "LedeQueryTests", dependencies: ["LedeQuery", "LedeStore", "LedeIngest", "LedeTestSupport"]),
        .testTarget(name: "LedeNotebookTests", dependencies: ["LedeNotebook", "LedeTestSupport"]),
        .testTarget(name: "LedeLineEditorTests", dependencies: ["LedeLineEditor"]),
        .testTarget(name: "LedeEvalTests", dependencies: ["LedeEval", "LedeTestSupport"]),
        .testTarget(name: "LedeCLITests", dependencies: ["lede", "LedeTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

// The benchmark: release build, generates its corpus, times the real commands.
package.targets.append(
    .executableTarget(
        name: "lede-bench",
        dependencies: ["LedeStore", "LedePostgres", "LedeIngest", "LedeQuery", "LedeArticles", "LedeAnalysis", "LedeTestSupport", .product(name: "ArgumentParser", package: "swift-argument-parser")],
        path: "Benchmarks/lede-bench"
    )
)

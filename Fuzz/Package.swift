// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets for lede: one executable per target, built with
// `--sanitize=fuzzer --sanitize=address` (see Fuzz/run and Fuzz/README.md).
let fuzzTargets = ["query", "script", "plaintext", "frontmatter", "jsonlines", "gzip"]

let package = Package(
    name: "lede-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "lede", path: ".."),
    ],
    targets: [
        // What the targets share: the seeded workspace, the confined session, input decoding.
        .target(
            name: "FuzzSupport",
            dependencies: [
                .product(name: "LedeArticles", package: "lede"),
                .product(name: "LedeAnalysis", package: "lede"),
                .product(name: "LedeStore", package: "lede"),
                .product(name: "LedeIngest", package: "lede"),
                .product(name: "LedeQuery", package: "lede"),
                .product(name: "LedeNotebook", package: "lede"),
            ]
        ),
    ] + fuzzTargets.map { name in
        .executableTarget(
            name: name,
            dependencies: [
                "FuzzSupport",
                .product(name: "LedeArticles", package: "lede"),
                .product(name: "LedeAnalysis", package: "lede"),
                .product(name: "LedeNotebook", package: "lede"),
            ]
        )
    },
    swiftLanguageModes: [.v6]
)

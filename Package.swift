// swift-tools-version:6.0
import PackageDescription

// Layers, bottom up: CICU (the only code that sees ICU) → TriglotText (segmentation,
// normalization, transliteration) → TriglotFormats (TMX, TBX, CSV, JSON syntax) → TriglotSummary (extractive summaries), TriglotNames,
// TriglotAlign, TriglotMemory → TriglotKit (workflows) → TriglotServer (HTTP, Hummingbird) → the `triglot` CLI;
// TriglotEvaluation (ROUGE and other scores) serves the `triglot-bench` evaluation tool.
let package = Package(
    name: "Triglot",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "TriglotText", targets: ["TriglotText"]),
        .library(name: "TriglotFormats", targets: ["TriglotFormats"]),
        .library(name: "TriglotSummary", targets: ["TriglotSummary"]),
        .library(name: "TriglotNames", targets: ["TriglotNames"]),
        .library(name: "TriglotAlign", targets: ["TriglotAlign"]),
        .library(name: "TriglotMemory", targets: ["TriglotMemory"]),
        .library(name: "TriglotKit", targets: ["TriglotKit"]),
        .executable(name: "triglot", targets: ["triglot"]),
        .executable(name: "triglot-bench", targets: ["triglot-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        // `triglot serve` only: the HTTP server and its structured logs (TriglotServer).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // `swift package generate-documentation`: the DocC catalogs of the library modules.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .target(
            name: "CICU",
            linkerSettings: [
                .linkedLibrary("icui18n"),
                .linkedLibrary("icuuc"),
                .linkedLibrary("icudata"),
            ]
        ),
        .target(
            name: "TriglotText",
            dependencies: ["CICU"],
            resources: [
                .embedInCode("Resources/sentence-rules"),
            ]
        ),
        // The exchange formats' syntax (safe XML, TMX, TBX, CSV, JSON); what a unit or an entry
        // means stays with the module that maps it. Text only for UTF-8 checks and positions.
        .target(
            name: "TriglotFormats",
            dependencies: ["TriglotText"]
        ),
        .target(
            name: "TriglotSummary",
            dependencies: ["TriglotText"],
            resources: [
                .embedInCode("Resources/stopwords"),
            ]
        ),
        .target(
            name: "TriglotNames",
            dependencies: ["TriglotText", "TriglotFormats"],
            exclude: [
                "Resources/README.md", "Resources/unihan/LICENSE-UNICODE.txt", "Resources/dictionary/LICENSES.md",
            ],
            plugins: ["EmbedTextPlugin"]
        ),
        .target(
            name: "TriglotAlign",
            dependencies: ["TriglotText", "TriglotNames"],
            plugins: ["EmbedTextPlugin"]
        ),
        .target(
            name: "TriglotMemory",
            dependencies: ["TriglotText", "TriglotFormats", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The workflows every interface calls (the CLI now, a server next): one place for what
        // a command does, between the library modules and the commands that print.
        .target(
            name: "TriglotKit",
            dependencies: ["TriglotText", "TriglotFormats", "TriglotSummary", "TriglotNames", "TriglotAlign", "TriglotMemory"]
        ),
        // `triglot serve`: the workflows over HTTP, with the web page compiled in. A target of its
        // own so that the library products never compile the networking stack.
        .target(
            name: "TriglotServer",
            dependencies: [
                "TriglotKit", "TriglotText", "TriglotFormats", "TriglotSummary", "TriglotNames", "TriglotAlign", "TriglotMemory",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [
                .embedInCode("Resources/web"),
                .embedInCode("Resources/openapi.json"),
            ]
        ),
        .executableTarget(
            name: "triglot-embed"
        ),
        .plugin(
            name: "EmbedTextPlugin",
            capability: .buildTool(),
            dependencies: ["triglot-embed"]
        ),
        .target(
            name: "TriglotEvaluation",
            dependencies: ["TriglotText"]
        ),
        .executableTarget(
            name: "triglot",
            dependencies: [
                "TriglotKit",
                "TriglotServer",
                "TriglotText",
                "TriglotFormats",
                "TriglotSummary",
                "TriglotNames",
                "TriglotAlign",
                "TriglotMemory",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "triglot-bench",
            dependencies: [
                "TriglotKit",
                "TriglotText",
                "TriglotFormats",
                "TriglotSummary",
                "TriglotNames",
                "TriglotAlign",
                "TriglotMemory",
                "TriglotEvaluation",
                "CICU",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "TriglotTextTests",
            dependencies: ["TriglotText"]
        ),
        .testTarget(
            name: "TriglotFormatsTests",
            dependencies: ["TriglotFormats"]
        ),
        .testTarget(
            name: "TriglotSummaryTests",
            dependencies: ["TriglotSummary"]
        ),
        .testTarget(
            name: "TriglotNamesTests",
            dependencies: ["TriglotNames"]
        ),
        .testTarget(
            name: "TriglotAlignTests",
            dependencies: ["TriglotAlign"]
        ),
        .testTarget(
            name: "TriglotMemoryTests",
            // GRDB makes the other programs' databases the memory must refuse.
            dependencies: ["TriglotMemory", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "TriglotEvaluationTests",
            dependencies: ["TriglotEvaluation"]
        ),
        .testTarget(
            name: "TriglotKitTests",
            dependencies: ["TriglotKit", "TriglotFormats"]
        ),
        .testTarget(
            name: "TriglotServerTests",
            dependencies: ["TriglotServer", "TriglotFormats", .product(name: "HummingbirdTesting", package: "hummingbird")]
        ),
        .testTarget(
            name: "TriglotCLITests",
            dependencies: ["triglot", .product(name: "GRDB", package: "GRDB.swift")],
            // Golden files of GoldenOutputTests, read from the source tree, not resources.
            exclude: ["Golden"]
        ),
    ]
)

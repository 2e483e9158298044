// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Parallax",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "parallax", targets: ["parallax"]),
        .library(name: "ParallaxCore", targets: ["ParallaxCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        // Header only: the compiler's prefetch builtin, for grouping's reads of articles' term vectors.
        .systemLibrary(name: "CPrefetch", path: "Sources/CPrefetch"),
        .target(
            name: "ParallaxCore", dependencies: ["CPrefetch", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Sources/ParallaxCore", exclude: ["Events/GROUPING.md"], resources: [.copy("Resources")]
        ),
        .target(name: "ParallaxUI", dependencies: ["ParallaxCore"], path: "Sources/ParallaxUI"),
        .target(name: "NcursesBackend", dependencies: ["CNcurses", "ParallaxUI"], path: "Sources/NcursesBackend"),
        .executableTarget(
            name: "parallax",
            dependencies: [
                "ParallaxCore", "ParallaxUI", "NcursesBackend",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/parallax"
        ),
        .executableTarget(name: "ner-train", dependencies: ["ParallaxCore"], path: "Sources/ner-train"),
        .executableTarget(
            name: "parallax-bench", dependencies: ["ParallaxCore", "ParallaxUI"], path: "Sources/parallax-bench",
            exclude: ["SCALE.md"]
        ),
        // libFuzzer harnesses: meaningful only when built with `--sanitize=fuzzer` (see Fuzz/run.sh).
        .executableTarget(name: "fuzz-article", dependencies: ["ParallaxCore"], path: "Sources/fuzz-article"),
        .executableTarget(name: "fuzz-entities", dependencies: ["ParallaxCore"], path: "Sources/fuzz-entities"),
        .executableTarget(name: "fuzz-query", dependencies: ["ParallaxCore"], path: "Sources/fuzz-query"),
        .testTarget(
            name: "ParallaxCoreTests",
            dependencies: ["ParallaxCore", .product(name: "GRDB", package: "GRDB.swift")], path: "Tests/ParallaxCoreTests",
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ParallaxUITests", dependencies: ["ParallaxUI", "ParallaxCore"], path: "Tests/ParallaxUITests",
            exclude: ["Snapshots"], resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "EndToEndTests", dependencies: [], path: "Tests/EndToEndTests", exclude: ["Fixtures"]),
    ]
)

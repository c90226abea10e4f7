// swift-tools-version:6.1
import PackageDescription

// Benchmarks for the casualties engine, kept out of the main package so that
// `swift build` / `swift test` at the root never fetch or build the benchmark
// tooling. Run with `swift package benchmark` from this folder.
let package = Package(
  name: "casualties-benchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    // `name:` is needed because the checkout folder is not called "casualties".
    .package(name: "casualties", path: "../"),
  ],
  targets: [
    // The deterministic news-like corpus every benchmark reads.
    .target(name: "BenchmarkCorpus"),

    // Writes the corpus (and the trigger pattern) to disk for command-line comparisons.
    .executableTarget(name: "make-corpus", dependencies: ["BenchmarkCorpus"]),

    // The benchmark suite: `swift package benchmark`.
    .executableTarget(
      name: "Extraction",
      dependencies: [
        "BenchmarkCorpus",
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "CasualtiesKit", package: "casualties"),
        .product(name: "PCRE2", package: "casualties"),
      ],
      path: "Benchmarks/Extraction",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
  ],
  swiftLanguageModes: [.v6]
)

// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "casualties",
  products: [
    .library(name: "CasualtiesKit", targets: ["CasualtiesKit"]),
    .library(name: "PCRE2", targets: ["PCRE2"]),
    .executable(name: "casualties", targets: ["casualties"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    // C library from the system. The shim header sets PCRE2_CODE_UNIT_WIDTH;
    // pkg-config supplies flags, `providers` prints the apt hint when missing.
    .systemLibrary(
      name: "CPCRE2",
      pkgConfig: "libpcre2-8",
      providers: [.apt(["libpcre2-dev"]), .brew(["pcre2"])]
    ),

    // The only module that calls C: a small safe layer over PCRE2.
    .target(name: "PCRE2", dependencies: ["CPCRE2"]),

    // The rules, lexicons and samples in the top-level `Data/` folder, bundled
    // as a resource. SwiftPM resources must sit inside a target's folder, so
    // this target is rooted at the package root and excludes everything else.
    .target(
      name: "CasualtiesData",
      path: ".",
      exclude: [
        "Sources/CPCRE2", "Sources/PCRE2", "Sources/CasualtiesKit",
        "Sources/casualties", "Sources/casualties-fuzz", "Fuzz", "Tests", "Scripts", "Benchmarks", "Examples", "README.md",
      ],
      sources: ["Sources/CasualtiesData"],
      resources: [.copy("Data")]
    ),

    // The extraction engine: no C, no command line.
    .target(name: "CasualtiesKit", dependencies: ["PCRE2", "CasualtiesData"]),

    // The command-line tool: thin, calls CasualtiesKit.
    .executableTarget(
      name: "casualties",
      dependencies: [
        "CasualtiesKit", "PCRE2",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    // Fuzz targets (libFuzzer with Scripts/fuzz.sh; a replay tool otherwise).
    .executableTarget(name: "casualties-fuzz", dependencies: ["CasualtiesKit"]),

    // Examples
    .executableTarget(
      name: "claims-report", dependencies: ["CasualtiesKit"], path: "Examples/claims-report"),

    // Tests
    .testTarget(name: "PCRE2Tests", dependencies: ["PCRE2"]),
    .testTarget(name: "CasualtiesKitTests", dependencies: ["CasualtiesKit"]),
    .testTarget(name: "CasualtiesCLITests", dependencies: ["casualties", "claims-report", "casualties-fuzz"]),
  ],
  swiftLanguageModes: [.v6]
)

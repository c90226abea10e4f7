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
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    // Only for `swift package generate-documentation` (the DocC catalog): a
    // command plugin, built only when that command runs, never by `swift build`.
    .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
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

    // The rules, lexicons and gazetteer of the top-level `Data/` folder, built
    // into the binary as Swift source by the EmbedData plugin (with the
    // embed-data tool), so that the tool runs from any folder. `Data/` stays
    // the one copy: the source is generated at each build where it changed.
    .target(name: "CasualtiesData", plugins: ["EmbedData"]),
    .executableTarget(name: "embed-data"),
    .plugin(name: "EmbedData", capability: .buildTool(), dependencies: ["embed-data"]),

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

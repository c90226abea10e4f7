import Foundation

/// Writes the data the engine runs on (`Data/rules`, `Data/lexicons`,
/// `Data/gazetteer`) into a Swift source file, so that the binary carries it
/// and runs from any folder. Run by the EmbedData build-tool plugin at each
/// build where a data file changed: `Data/` stays the one copy to edit.
///
/// Usage: embed-data DATA-FOLDER OUTPUT.swift
@main
struct EmbedData {
  /// The folders of `Data/` the engine reads; fixtures and samples stay out.
  static let folders = ["gazetteer", "lexicons", "rules"]

  static func main() throws {
    let arguments = CommandLine.arguments
    guard arguments.count == 3 else {
      FileHandle.standardError.write(Data("usage: embed-data DATA-FOLDER OUTPUT.swift\n".utf8))
      exit(2)
    }
    let data = URL(fileURLWithPath: arguments[1])
    var source = """
      // Generated at build time by embed-data (the EmbedData plugin) from \(folders.map { "Data/\($0)" }.joined(separator: ", ")).
      // Do not edit: edit the files in Data/.

      extension BundledData {
        static let embeddedFiles: [File] = [

      """
    var fingerprint = FNV1a()
    for folder in folders {
      let names = try FileManager.default.contentsOfDirectory(atPath: data.appendingPathComponent(folder).path)
        .filter { !$0.hasPrefix(".") }.sorted()
      for name in names {
        let path = "\(folder)/\(name)"
        let bytes = try Data(contentsOf: data.appendingPathComponent(path))
        guard let text = String(data: bytes, encoding: .utf8) else {
          FileHandle.standardError.write(Data("embed-data: Data/\(path) is not UTF-8 text\n".utf8))
          exit(1)
        }
        fingerprint.add(Array(path.utf8) + [0] + Array(bytes) + [0])
        source += "    File(path: \(literal(path)), text: \(literal(text))),\n"
      }
    }
    source += """
        ]

        static let embeddedFingerprint = "\(fingerprint.hex)"
      }

      """
    try Data(source.utf8).write(to: URL(fileURLWithPath: arguments[2]), options: .atomic)
  }

  /// A Swift string literal that reads back as `text`.
  static func literal(_ text: String) -> String {
    var out = "\""
    out.reserveCapacity(text.utf8.count + 2)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        out += "\\u{\(String(scalar.value, radix: 16))}"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}

/// The 64-bit FNV-1a hash: a fingerprint of the data, for `--version`.
struct FNV1a {
  private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  mutating func add(_ bytes: [UInt8]) {
    for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
  }

  var hex: String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}

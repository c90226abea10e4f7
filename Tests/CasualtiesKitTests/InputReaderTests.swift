import CasualtiesKit
import Foundation
import Testing

@Suite struct InputReaderTests {
  let folder: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("casualties-input-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }()

  @Test func missingFile() {
    let error = #expect(throws: InputError.self) { try InputReader.read(folder.appendingPathComponent("nope.txt").path) }
    #expect(error?.reason == .notFound)
    #expect(error?.description.hasSuffix("nope.txt: no such file") == true)
  }

  @Test func directory() {
    let error = #expect(throws: InputError.self) { try InputReader.read(folder.path) }
    #expect(error?.reason == .isDirectory)
  }

  @Test func binaryFile() throws {
    let path = folder.appendingPathComponent("image.bin").path
    try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]).write(to: URL(fileURLWithPath: path))
    let error = #expect(throws: InputError.self) { try InputReader.read(path) }
    #expect(error?.reason == .binary)
  }

  @Test func emptyFileReadsAsNoBytes() throws {
    let path = folder.appendingPathComponent("empty.txt").path
    #expect(FileManager.default.createFile(atPath: path, contents: Data()))
    #expect(try InputReader.read(path).isEmpty)
  }

  @Test func invalidUTF8IsReadAndGivesValidRecords() throws {
    let bytes: [UInt8] = [0xFF, 0xFE, 0x20] + Array("Two people were killed \u{FFFF}".utf8) + [0xC3] + Array(" here.".utf8)
    let result = try Extractor().extract(utf8: bytes, doc: "bad.txt")
    let record = try #require(result.records.first)
    #expect(record.count == 2)
    #expect(record.start == 3)
    #expect(record.text.contains("\u{FFFD}"))
  }
}

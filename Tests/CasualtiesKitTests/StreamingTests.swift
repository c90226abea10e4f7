import CasualtiesKit
import Foundation
import Testing

/// Pieces of a large input and batches on many threads give the same records
/// as one whole read.
@Suite struct StreamingTests {
  let extractor = try! Extractor()
  let text = (1...40).map { "Paragraph \($0): \($0) people were killed in Gaza, police said. Nothing else happened." }.joined(separator: "\n") + "\n"

  func pieces(of text: String, size: Int) throws -> [InputDocument] {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("casualties-chunks-\(UUID().uuidString).txt")
    try Data(text.utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let handle = try FileHandle(forReadingFrom: url)
    defer { try? handle.close() }
    var pieces: [InputDocument] = []
    try ChunkedReader.read(handle, name: "big.txt", pieceSize: size) { pieces.append($0) }
    return pieces
  }

  @Test func piecesEndAtLineBreaksAndCoverTheInput() throws {
    let pieces = try pieces(of: text, size: 300)
    #expect(pieces.count > 5)
    #expect(pieces.flatMap(\.bytes) == Array(text.utf8))
    #expect(pieces.dropLast().allSatisfy { $0.bytes.last == UInt8(ascii: "\n") }, "\(pieces.map { ($0.bytes.count, $0.bytes.last ?? 0) })")
  }

  @Test func piecesGiveTheRecordsOfTheWholeInput() throws {
    let whole = extractor.extract(utf8: Array(text.utf8), doc: "big.txt").records
    let pieced = extractor.extract(try pieces(of: text, size: 300), jobs: 1).flatMap(\.records)
    #expect(whole.count == 40)
    #expect(pieced == whole)
  }

  @Test func twoJobsGiveTheSameRecordsInTheSameOrderAsOne() throws {
    let documents = (1...60).map { InputDocument(name: "doc\($0)", bytes: Array("Some \($0) civilians were wounded in Kabul. \($0 + 1) more died.".utf8)) }
    let one = extractor.extract(documents, jobs: 1).flatMap(\.records)
    let two = extractor.extract(documents, jobs: 2).flatMap(\.records)
    #expect(one.count == 120)
    #expect(one == two)
  }

  @Test func aLineLongerThanThePieceIsCutAtASentenceStop() {
    let line = Array(String(repeating: "Five people were killed. ", count: 20).utf8)
    let length = ChunkedReader.cut(line[...], limit: 100)
    #expect(length <= 100)
    #expect(line[length - 1] == UInt8(ascii: "."))
  }

  @Test func jsonLinesDocumentsAndTheirErrors() throws {
    let reader = JSONLinesDocuments(textField: "body", idField: "url")
    let good = reader.document(fromLine: Array(#"{"url": "u1", "body": "Two were killed."}"#.utf8)[...], input: "dump.jsonl", lineNumber: 3)
    #expect(try good?.get().name == "u1")
    let bad = reader.document(fromLine: Array("{oops".utf8)[...], input: "dump.jsonl", lineNumber: 4)
    #expect(throws: JSONLinesDocuments.LineError.self) { try bad?.get() }
    #expect(reader.document(fromLine: Array("   ".utf8)[...], input: "dump.jsonl", lineNumber: 5) == nil)
  }
}

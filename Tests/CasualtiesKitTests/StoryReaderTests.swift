import CasualtiesKit
import Foundation
import Testing

/// A text file of stories with blank lines between them reads as one
/// document per story, at the story's own lines and offsets.
@Suite struct StoryReaderTests {
  let extractor = try! Extractor()

  @Test func storiesAreTheRunsOfLinesBetweenBlankLines() {
    let text = "\n  \nFirst story, line one.\nLine two.\n\n\t \r\n\nSecond story.\r\n\r\nThird\nstory.\n\n"
    let stories = StoryReader.stories(in: InputDocument(name: "wire.txt", bytes: Array(text.utf8), offset: 100, line: 7))
    let bytes = Array(text.utf8)
    #expect(stories.map { String(decoding: $0.bytes, as: UTF8.self) } == ["First story, line one.\nLine two.", "Second story.", "Third\nstory."])
    for story in stories {
      let start = story.offset - 100
      #expect(Array(bytes[start..<(start + story.bytes.count)]) == story.bytes)
      #expect(story.line == 7 + bytes[..<start].filter { $0 == UInt8(ascii: "\n") }.count)
      #expect(story.name == "wire.txt")
    }
    #expect(StoryReader.stories(in: InputDocument(name: "empty", bytes: Array(" \n\n \n".utf8))).isEmpty)
  }

  @Test func aStoryKeepsTheLinesAndOffsetsOfTheFile() {
    let text = "Two people were killed in Kabul, police said.\n\nThree soldiers were wounded in Kandahar.\nNo one else was hurt.\n"
    let whole = extractor.extract(utf8: Array(text.utf8), doc: "wire.txt").records
    let stories = StoryReader.stories(in: InputDocument(name: "wire.txt", bytes: Array(text.utf8)))
    let split = extractor.extract(stories, jobs: 1).flatMap(\.records)
    #expect(whole.count == 3)
    #expect(split == whole)
  }

  /// An incident with no place takes the place its article names most; in
  /// a file of stories, its article is its own story, not the next one.
  @Test func anIncidentTakesNoPlaceFromAnotherStory() {
    let text = "Five people were killed in the attack, police said.\n\nThree civilians were wounded in the township of Soweto.\n"
    let whole = extractor.extract(utf8: Array(text.utf8), doc: "wire.txt").records
    #expect(whole.map(\.location) == ["Soweto", "Soweto"])
    let stories = StoryReader.stories(in: InputDocument(name: "wire.txt", bytes: Array(text.utf8)))
    #expect(extractor.extract(stories, jobs: 1).flatMap(\.records).map(\.location) == [nil, "Soweto"])
  }

  @Test func piecesEndAtABlankLineSoNoStoryIsSplit() throws {
    let text = (1...30).map { "Story \($0): \($0) people were killed in Gaza.\nA second line of story \($0)." }.joined(separator: "\n\n") + "\n"
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("casualties-stories-\(UUID().uuidString).txt")
    try Data(text.utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let handle = try FileHandle(forReadingFrom: url)
    defer { try? handle.close() }
    var read: [InputDocument] = []
    try StoryReader.read(handle, name: "wire.txt", pieceSize: 200) { read.append($0) }
    let whole = StoryReader.stories(in: InputDocument(name: "wire.txt", bytes: Array(text.utf8)))
    #expect(read.count == 30)
    #expect(read.map(\.bytes) == whole.map(\.bytes))
    #expect(read.map(\.offset) == whole.map(\.offset))
    #expect(read.map(\.line) == whole.map(\.line))
  }

  @Test func aCutEndsAfterTheLastBlankLineWithinTheLimit() {
    let bytes = Array("one\n\ntwo\n \nthree three three".utf8)[...]
    #expect(StoryReader.cut(bytes, limit: 15) == 11)
    #expect(StoryReader.cut(bytes, limit: 4) == 4)
    #expect(StoryReader.cut(bytes, limit: 100) == bytes.count)
  }
}

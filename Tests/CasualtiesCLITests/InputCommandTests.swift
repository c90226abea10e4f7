import Foundation
import Testing

@Suite struct InputCommandTests {
  @Test func jobsTwoGivesTheSameOutputAsJobsOne() throws {
    let one = try Executable.run(["extract", "--recursive", "Data/fixtures", "--jsonl", "--jobs", "1"])
    let two = try Executable.run(["extract", "--recursive", "Data/fixtures", "--jsonl", "--jobs", "2"])
    #expect(one.status == 0)
    #expect(two.status == 0, "\(two.stderr)")
    #expect(one.stdout.split(separator: "\n").count > 150)
    #expect(one.stdout == two.stdout)
  }

  @Test func folderNeedsRecursive() throws {
    let refused = try Executable.run(["extract", "Data/fixtures", "--csv"])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("Data/fixtures: is a directory"))
  }

  @Test func jsonLinesInputWithFieldsAndABadLine() throws {
    let input = """
      {"url": "story-1", "body": "Two people were killed in Gaza."}
      this is not JSON
      {"url": "story-2", "body": "Five soldiers were wounded."}

      """
    let result = try Executable.run(["extract", "--input-format", "jsonl", "--text-field", "body", "--id-field", "url", "--csv"], stdin: input)
    #expect(result.status == 1)
    #expect(result.stderr.contains("-:2: not a JSON object"))
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines[1].hasPrefix("story-1,1,0,22,killed,2,"))
    #expect(lines[2].hasPrefix("story-2,1,0,26,injured,5,"))
  }

  @Test func storiesInputReadsEachStoryAlone() throws {
    let input = "Five people were killed in the attack.\n\nThree civilians were wounded in the township of Soweto.\n"
    let stories = try Executable.run(["extract", "--input-format", "stories", "--csv"], stdin: input)
    #expect(stories.status == 0)
    let lines = stories.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[1].hasPrefix("-,1,0,23,killed,5,5,5,exact,people,,,,,incident,"))
    #expect(lines[2].hasPrefix("-,3,40,68,injured,3,3,3,exact,civilians,,,Soweto,ZA,incident,"))
    // As one document, the first incident takes the place the article names most.
    let whole = try Executable.run(["extract", "--csv"], stdin: input)
    #expect(whole.stdout.split(separator: "\n")[1].hasPrefix("-,1,0,23,killed,5,5,5,exact,people,,,Soweto,ZA,incident,"))
  }

  @Test func binaryFilesAreSkippedUnlessAskedFor() throws {
    let folder = try Executable.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("scraped.txt")
    try Data([0] + Array(" Three people were killed.".utf8)).write(to: file)
    let skipped = try Executable.run(["extract", file.path, "--csv"])
    #expect(skipped.status == 1)
    #expect(skipped.stderr.contains("scraped.txt: looks like a binary file"))
    let read = try Executable.run(["extract", file.path, "--csv", "--binary"])
    #expect(read.status == 0)
    #expect(read.stdout.contains(",killed,3,"))
  }

  @Test func windowsLineEndsABOMAndNoFinalNewline() throws {
    let text = "\u{FEFF}Two people were killed.\r\nThree were hurt."
    let result = try Executable.run(["extract", "--csv"], stdin: text)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines[1].hasSuffix(",Two people were killed."))
    #expect(lines[2].hasPrefix("-,2,"))
    #expect(lines[2].hasSuffix(",Three were hurt."))
  }
}

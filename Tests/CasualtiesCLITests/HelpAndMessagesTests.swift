import Foundation
import Testing

@Suite struct HelpAndMessagesTests {
  @Test(arguments: ["extract", "summarize", "eval", "check"])
  func helpSaysEachDefaultOnce(command: String) throws {
    let result = try Executable.run([command, "--help"])
    #expect(result.status == 0)
    let help = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(help.firstMatch(of: /\(default: [^)]*\)\.? \(default:/) == nil, "\(help)")
    #expect(!help.contains("(default: \(ProcessInfo.processInfo.activeProcessorCount))"), "help gives this machine's core count")
  }

  @Test func outputIntoAMissingFolderNamesTheFolder() throws {
    let folder = try Executable.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try Executable.run(["extract", "-", "-o", "no-such-folder/claims.csv"], stdin: "Two people were killed.", in: folder)
    #expect(result.status == 1)
    #expect(result.stderr.contains("no-such-folder/claims.csv: cannot write the output file: the folder no-such-folder does not exist"), "\(result.stderr)")
  }

  @Test func reviewPageIntoAFileNamesItAsNotAFolder() throws {
    let folder = try Executable.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("x".utf8).write(to: folder.appendingPathComponent("notes.txt"))
    let result = try Executable.run(["extract", "-", "-o", "claims.csv", "--html", "notes.txt/review.html"], stdin: "Two people were killed.", in: folder)
    #expect(result.status == 1)
    #expect(result.stderr.contains("notes.txt/review.html: cannot write the output file: notes.txt is not a folder"), "\(result.stderr)")
    // Said before the run, and the other output is not left half-made.
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.txt"])
  }

  @Test func categoriesKeepOnlyThoseNamed() throws {
    let text = "Two people were killed and five were injured in Gaza. Dozens of homes were hit by 12 missiles."
    let all = try Executable.run(["extract", "-", "--csv"], stdin: text)
    #expect(all.stdout.contains(",strikes,"))
    let result = try Executable.run(["extract", "-", "--csv", "--categories", "killed, Injured"], stdin: text)
    #expect(result.status == 0)
    let categories = result.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[4] }
    #expect(categories == ["killed", "injured"])
  }

  @Test func unknownCategoryIsAUsageErrorListingTheCategories() throws {
    let result = try Executable.run(["extract", "-", "--categories", "killed,hurt"], stdin: "")
    #expect(result.status == 2)
    #expect(result.stderr.contains("'hurt' is not a category; the categories are killed, injured, missing, displaced, evacuated, detained, abducted, strikes"))
  }
}

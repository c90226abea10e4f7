import Foundation
import Testing

@Suite struct ExtractCommandTests {
  let sample = "Data/samples/beirut-strikes-2024.txt"

  @Test func sampleAsCSV() throws {
    let result = try Executable.run(["extract", sample, "--csv"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.first == "doc,line,start,end,category,count,low,high,qualifier,subject,source,source_type,location,country,scope,text")
    #expect(lines.contains { $0.contains(",killed,5,5,5,exact,people,Lebanon's health ministry,health_ministry,Baalchmay,LB,incident,") })
    #expect(lines.contains { $0.contains(",killed,2,2,2,exact,people,Israeli police,police,Nahariya,IL,incident,") })
    #expect(lines.contains { $0.contains(",injured,0,0,0,exact,") })
    #expect(lines.contains { $0.contains(",killed,3287,3287,,at_least,people,the Lebanese health ministry,health_ministry,Lebanon,LB,cumulative,") })
  }

  @Test func stdinWithDashAndJSONLines() throws {
    let result = try Executable.run(["extract", "-", "--jsonl"], stdin: "Five people were wounded in Gaza.\n")
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix(#"{"doc":"-","line":1,"start":0,"end":24,"category":"injured","count":5,"#))
  }

  @Test func scrapedSpacesAndReferencesReadAsMeantWithOriginalOffsets() throws {
    let text = "Gaza&nbsp;\n&quot;12\u{A0}people were killed,&quot; police said."
    let result = try Executable.run(["extract", "--jsonl"], stdin: text)
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix(#"{"doc":"-","line":2,"start":17,"end":39,"category":"killed","count":12,"#))
    #expect(result.stdout.hasSuffix(#""text":"\"12 people were killed,\" police said."}"# + "\n"))
    #expect(String(decoding: Array(text.utf8)[17..<39], as: UTF8.self) == "12\u{A0}people were killed")
  }

  @Test func noInputReadsStdinAndDefaultsToJSONLinesWhenPiped() throws {
    let result = try Executable.run([], stdin: "Two soldiers were killed.")
    #expect(result.status == 0)
    #expect(result.stdout.contains(#""category":"killed","count":2"#))
  }

  @Test func badInputIsReportedAndTheOthersStillProcessed() throws {
    let result = try Executable.run(["extract", "missing.txt", "Data", sample, "--csv"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("missing.txt: no such file"))
    #expect(result.stderr.contains("Data: is a directory"))
    #expect(result.stdout.contains("Baalchmay"))
  }

  @Test func usageErrorExitsTwo() throws {
    let result = try Executable.run(["extract", "--no-such-flag"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("Unknown option '--no-such-flag'"))
  }

  @Test func helpHasExamplesAndExitCodes() throws {
    let result = try Executable.run(["extract", "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Examples:"))
    #expect(result.stdout.contains("--csv"))
    let root = try Executable.run(["--help"])
    #expect(root.stdout.contains("Exit status: 0"))
  }

  @Test func outputFileIsWrittenAtomically() throws {
    let folder = try Executable.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("claims.csv")
    try Data("previous\n".utf8).write(to: target)
    let ok = try Executable.run(["extract", sample, "--csv", "-o", target.path])
    #expect(ok.status == 0)
    #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("doc,line"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["claims.csv"])
  }

  @Test func emptyInputGivesNoRecordsAndSucceeds() throws {
    let result = try Executable.run(["extract", "--csv"], stdin: "")
    #expect(result.status == 0)
    #expect(result.stdout.split(separator: "\n").count == 1)
  }
}

import Foundation
import Testing

@Suite struct ReportCommandTests {
  let sample = "Data/samples/beirut-strikes-2024.txt"

  @Test func summarizeAsTableCSVAndJSONLines() throws {
    let table = try Executable.run(["summarize", sample])
    #expect(table.status == 0)
    #expect(table.stdout.contains("claims by source type:"))
    #expect(table.stdout.contains("at least 3287 (the Lebanese health ministry)"))
    let csv = try Executable.run(["summarize", sample, "--csv"])
    #expect(csv.stdout.hasPrefix("category,location,country,claims,highest_incident"))
    let jsonl = try Executable.run(["summarize", sample, "--jsonl"])
    for line in jsonl.stdout.split(separator: "\n") {
      #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil)
    }
  }

  @Test func gkgOutput() throws {
    let result = try Executable.run(["extract", sample, "--gkg"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("\(sample)\tKILL#2#people#4#Nahariya#IL#"))
  }

  @Test func htmlReportFile() throws {
    let folder = try Executable.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = folder.appendingPathComponent("review.html")
    let result = try Executable.run(["extract", sample, "--csv", "--html", page.path])
    #expect(result.status == 0)
    let html = try String(contentsOf: page, encoding: .utf8)
    let records = result.stdout.split(separator: "\n").count - 1
    #expect(html.components(separatedBy: "<mark class=\"claim ").count - 1 == records)
  }

  /// Opens the review page in headless Chromium and checks that the browser
  /// built a highlighted span for every claim. Runs where Debian's
  /// `chromium` is installed (`apt-get install chromium`).
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium")))
  func htmlReportInABrowser() throws {
    let folder = try Executable.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = folder.appendingPathComponent("review.html")
    _ = try Executable.run(["extract", sample, "--csv", "--html", page.path])
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/chromium")
    process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", page.absoluteString]
    let out = Pipe()
    process.standardOutput = out
    process.standardError = Pipe()
    try process.run()
    let dom = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(dom.contains("<mark class=\"claim killed\" id=\"claim-1\""))
    #expect(dom.components(separatedBy: "<mark class=\"claim ").count - 1 == 11)
  }
}

@Suite struct ExampleToolTests {
  @Test func claimsReportReadsAFolder() throws {
    let result = try Executable.run(["Data/fixtures"], product: "claims-report")
    let text = result.stdout
    #expect(result.status == 0)
    #expect(text.hasPrefix("72 documents,"))
    #expect(text.contains("Deadliest places"))
    #expect(text.contains("health_ministry"))
  }
}

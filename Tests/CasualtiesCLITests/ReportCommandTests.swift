import Foundation
import Testing

@Suite struct ReportCommandTests {
  let sample = "Data/samples/beirut-strikes-2024.txt"

  /// The summary in its three forms: each exits 0 and gives the same rows,
  /// among them the health ministry's running total for Lebanon.
  @Test func summarizeAsTableCSVAndJSONLines() throws {
    let table = try Executable.run(["summarize", sample])
    #expect(table.status == 0)
    #expect(table.stdout.contains("claims by source type:"))
    #expect(table.stdout.contains("at least 3287 (the Lebanese health ministry)"))
    let tableRows = table.stdout.components(separatedBy: "\n\n")[0].split(separator: "\n").dropFirst()

    let csv = try Executable.run(["summarize", sample, "--csv"])
    #expect(csv.status == 0)
    let csvLines = csv.stdout.split(separator: "\n")
    #expect(csvLines.first == "category,location,country,claims,highest_incident,highest_incident_source,highest_incident_doc,latest_cumulative,latest_cumulative_source,latest_cumulative_doc")
    #expect(csvLines.contains("killed,Lebanon,LB,1,,,,at least 3287,the Lebanese health ministry,\(sample)"))

    let jsonl = try Executable.run(["summarize", sample, "--jsonl"])
    #expect(jsonl.status == 0)
    let objects = try jsonl.stdout.split(separator: "\n").map { line in
      try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not a JSON object: \(line)")
    }
    #expect(objects.contains { $0["location"] as? String == "Lebanon" && $0["latest_cumulative"] as? String == "at least 3287" })

    #expect(tableRows.count > 0)
    #expect(csvLines.count - 1 == tableRows.count, "one CSV row per table row")
    #expect(objects.count == tableRows.count, "one JSON line per table row")
    #expect(objects.map { "\($0["category"] ?? "")" } == tableRows.map { String($0.prefix { $0 != " " }) })
  }

  @Test func gkgOutput() throws {
    let result = try Executable.run(["extract", sample, "--gkg"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("\(sample)\tKILL#2#people#4#Nahariya#IL#"))
  }

  /// The page has a highlighted span and a table row for every record the
  /// run printed, and the text around them.
  @Test func htmlReportFile() throws {
    let folder = try Executable.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = folder.appendingPathComponent("review.html")
    let result = try Executable.run(["extract", sample, "--csv", "--html", page.path])
    #expect(result.status == 0)
    let html = try String(contentsOf: page, encoding: .utf8)
    let records = result.stdout.split(separator: "\n").dropFirst()
    #expect(records.count == 11)
    #expect(records.contains { $0.contains(",killed,3287,") })
    #expect(html.components(separatedBy: "<mark class=\"claim ").count - 1 == records.count)
    #expect(html.components(separatedBy: "<tr class=\"").count - 1 == records.count)
    #expect(html.contains("<mark class=\"claim killed\" id=\"claim-1\" data-category=\"killed\" data-count=\"2\""))
    #expect(html.contains("in the city of Nahariya"))
  }

  /// Opens the review page in headless Chromium in a 1280 by 800 window and
  /// checks that the browser built a highlighted span for every record and
  /// that the record table fits the window: no cell, table or page wider
  /// than its box. `Scripts/test.sh` installs Debian's `chromium`; without it
  /// the test is skipped, except under `CI=true`, where it fails.
  @Test(.enabled(if: Chromium.isInstalled || Chromium.isRequired))
  func htmlReportInABrowser() throws {
    try #require(Chromium.isInstalled, "CI=true and /usr/bin/chromium is missing: run Scripts/ensure-deps.sh --test")
    let folder = try Executable.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = folder.appendingPathComponent("review.html")
    let result = try Executable.run(["extract", sample, "--csv", "--html", page.path])
    #expect(result.status == 0)
    let records = result.stdout.split(separator: "\n").count - 1
    #expect(records == 11)
    // The page as written, and a script after it that measures the layout
    // and writes what it found into the DOM that Chromium prints.
    let measured = try String(contentsOf: page, encoding: .utf8) + Chromium.layoutProbe
    try Data(measured.utf8).write(to: page)
    let dom = try Chromium.dumpDOM(of: page, profile: folder.appendingPathComponent("profile"))
    #expect(dom.contains("<mark class=\"claim strikes\" id=\"claim-0\""))
    #expect(dom.contains("<mark class=\"claim killed\" id=\"claim-1\""))
    #expect(dom.components(separatedBy: "<mark class=\"claim ").count - 1 == records)
    let layout = try #require(Chromium.layout(in: dom), "the probe did not run: \(dom.prefix(300))")
    #expect(layout["window"] == 1280, "the window is 1280 px wide")
    #expect(layout["tables"] == 1)
    #expect(layout["overflowing"] == 0, "no table or cell is wider than its box")
    #expect(try #require(layout["right"]) <= 1280, "the table's right edge is inside the window")
    #expect(try #require(layout["page"]) <= 1280, "the page does not scroll sideways")
  }
}

/// Debian's headless Chromium, for the review-page test.
enum Chromium {
  static let path = "/usr/bin/chromium"
  static var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: path) }
  /// Under CI the browser test must run: a missing browser fails it.
  static var isRequired: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

  /// Appended to the page: measures every table and cell after layout and
  /// puts the figures in an attribute of `<body>`.
  static let layoutProbe = """
    <script>
    const tables = [...document.querySelectorAll("table")];
    const overflowing = [...document.querySelectorAll("table, th, td")].filter(box => box.scrollWidth > box.clientWidth + 1);
    const right = Math.max(0, ...tables.map(table => table.getBoundingClientRect().right));
    document.body.setAttribute("data-layout", `window=${innerWidth} page=${document.documentElement.scrollWidth} tables=${tables.length} right=${Math.ceil(right)} overflowing=${overflowing.length}`);
    </script>

    """

  /// The DOM of `page` after it loaded, in a 1280 by 800 window.
  static func dumpDOM(of page: URL, profile: URL) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile.path)",
      "--window-size=1280,800", "--dump-dom", page.absoluteString,
    ]
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    let dom = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return dom
  }

  /// The probe's figures, by name.
  static func layout(in dom: String) -> [String: Int]? {
    guard let start = dom.range(of: "data-layout=\""), let end = dom[start.upperBound...].firstIndex(of: "\"") else { return nil }
    let pairs = dom[start.upperBound..<end].split(separator: " ").map { $0.split(separator: "=") }
    return Dictionary(pairs.compactMap { pair in pair.count == 2 ? Int(pair[1]).map { (String(pair[0]), $0) } : nil }) { first, _ in first }
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

// claims-report: an example analysis tool built on CasualtiesKit.
//
// Reads every .txt file in a folder, extracts the claims with the bundled
// rules on all cores, and prints a short report: documents and claims read,
// the deadliest places (highest incident figure, never a sum of repeated
// reports), and who the figures come from.
//
//     swift run claims-report Data/fixtures

import CasualtiesKit
import Foundation

let arguments = CommandLine.arguments.dropFirst()
guard let folder = arguments.first else {
  FileHandle.standardError.write(Data("usage: claims-report FOLDER\n".utf8))
  exit(2)
}

let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
  .filter { $0.hasSuffix(".txt") }
  .sorted()
guard !files.isEmpty else {
  FileHandle.standardError.write(Data("claims-report: no .txt files in \(folder)\n".utf8))
  exit(1)
}

let documents = files.compactMap { name -> InputDocument? in
  guard let bytes = try? InputReader.read(folder + "/" + name) else { return nil }
  return InputDocument(name: name, bytes: bytes)
}

do {
  let extractor = try Extractor()
  let results = extractor.extract(documents, jobs: ProcessInfo.processInfo.activeProcessorCount)
  let records = results.flatMap(\.records)
  let summary = Summary(records: records)

  print("\(documents.count) documents, \(records.count) claims, \(Set(records.map(\.doc)).count) documents with claims\n")

  print("Deadliest places (highest incident figure reported):")
  let deadliest = summary.rows
    .filter { $0.category == .killed && $0.location != nil }
    .compactMap { row in row.highestIncident.map { (row, $0) } }
    .sorted { $0.1.count > $1.1.count }
    .prefix(5)
  for (row, record) in deadliest {
    let place = row.location.map { place in row.country.map { "\(place) (\($0))" } ?? place } ?? "-"
    print("  \(String(record.count).padding(toLength: 7, withPad: " ", startingAt: 0)) \(place), \(record.source ?? "no source") — \(record.doc)")
  }

  print("\nWho the figures come from:")
  for (type, count) in summary.claimsBySourceType.sorted(by: { $0.value > $1.value }) {
    print("  \(String(count).padding(toLength: 4, withPad: " ", startingAt: 0)) \(type?.rawValue ?? "no source")")
  }
} catch {
  FileHandle.standardError.write(Data("claims-report: \(error)\n".utf8))
  exit(1)
}

import CasualtiesKit
import Foundation
import Testing

/// The accuracy gate: each dev set's figures, scored as `casualties eval`
/// scores them, may not fall more than 0.01 below the level they reached
/// (the floors below). A rule change that costs accuracy fails here, not only
/// in the fixtures' snapshot; one that gains should raise its floor.
@Suite struct AccuracyGateTests {
  static let extractor = try! Extractor()

  struct Floor: Sendable, CustomTestStringConvertible {
    let folder: URL
    let f1: Double
    let precision: Double
    let location: Double
    let sourceType: Double
    /// The most the share of invented sources may reach.
    let sourceInvented: Double
    var testDescription: String { folder.lastPathComponent }
  }

  /// The level each set reached, less 0.01.
  static let floors = [
    Floor(folder: DevSetFolders.lee, f1: 0.965, precision: 0.990, location: 0.856, sourceType: 0.815, sourceInvented: 0.010),
    Floor(folder: DevSetFolders.wikinews, f1: 0.906, precision: 0.943, location: 0.540, sourceType: 0.566, sourceInvented: 0.035),
  ]

  @Test(arguments: floors)
  func devSetKeepsItsAccuracy(_ floor: Floor) throws {
    let set = try DevSet.folder(floor.folder.path)
    let (report, failures) = set.score(with: Self.extractor)
    #expect(failures.isEmpty)
    #expect(report.overall.f1 >= floor.f1, "F1 \(report.overall.f1)")
    #expect(report.overall.precision >= floor.precision, "precision \(report.overall.precision)")
    #expect(report.location.rate >= floor.location, "location \(report.location.rate)")
    #expect(report.sourceType.rate >= floor.sourceType, "source_type \(report.sourceType.rate)")
    #expect(report.sourceInvented.rate <= floor.sourceInvented, "source invented \(report.sourceInvented.rate)")
  }
}

/// Makes the benchmark corpus: a deterministic stream of news-like
/// documents from a fixed seed.
///
/// Documents come in threes; one of each three (its slot drawn at random)
/// carries claims, so exactly a third of the documents do:
/// - claims: a templated conflict report, or (``fixturePercent`` of the
///   time) a real fixture article with claims;
/// - no claims: templated business, sport, weather or politics news full of
///   figures, or (``fixturePercent`` of the time) a real negative fixture.
///
///     var builder = try CorpusBuilder()
///     let documents = builder.documents(totalBytes: 50_000_000)
///     try documents.joinedText().write(toFile: "corpus.txt", atomically: true, encoding: .utf8)
public struct CorpusBuilder: Sendable {
  /// What separates documents in the joined corpus: a blank line.
  public static let separator = "\n\n"
  /// The seed used unless another is given.
  public static let defaultSeed: UInt64 = 0xCA5A_17E5_2024_0001
  /// The default size of the corpus written to disk: 50 MB.
  public static let defaultTotalBytes = 50_000_000

  /// Percent of each kind's documents taken from the real fixture articles.
  public var fixturePercent = 10

  private let fixtures: FixtureArticles
  private var rng: SplitMix64
  private var index = 0
  private var claimSlot = 0

  /// A builder whose stream depends only on `seed` and the fixture files.
  /// - Throws: When the fixture folder cannot be read.
  public init(seed: UInt64 = CorpusBuilder.defaultSeed, fixtures: FixtureArticles? = nil) throws {
    self.fixtures = try fixtures ?? FixtureArticles()
    self.rng = SplitMix64(seed: seed)
  }

  /// The next document of the stream.
  public mutating func next() -> CorpusDocument {
    if index % 3 == 0 { claimSlot = rng.below(3) }
    defer { index += 1 }
    let number = String(index).leftPadded(to: 6)
    let useFixture = rng.percent(fixturePercent)
    if index % 3 == claimSlot {
      if useFixture, !fixtures.withClaims.isEmpty {
        let article = rng.pick(fixtures.withClaims)
        return CorpusDocument(name: "\(number)-fixture-\(article.name)", kind: .fixtureWithClaims, text: article.text)
      }
      return CorpusDocument(name: "\(number)-claim-report", kind: .claimReport, text: ClaimReport.make(&rng))
    }
    if useFixture, !fixtures.withoutClaims.isEmpty {
      let article = rng.pick(fixtures.withoutClaims)
      return CorpusDocument(name: "\(number)-fixture-\(article.name)", kind: .fixtureWithoutClaims, text: article.text)
    }
    let desk = rng.pick(NewsDesk.allCases)
    return CorpusDocument(name: "\(number)-\(desk.rawValue)", kind: .newsBrief(desk), text: NewsBrief.make(desk, &rng))
  }

  /// The next documents of the stream, until their joined text is at least
  /// `totalBytes` long.
  public mutating func documents(totalBytes: Int = CorpusBuilder.defaultTotalBytes) -> [CorpusDocument] {
    var documents: [CorpusDocument] = []
    var size = 0
    while size < totalBytes {
      let document = next()
      size += (documents.isEmpty ? 0 : Self.separator.utf8.count) + document.text.utf8.count
      documents.append(document)
    }
    return documents
  }

  /// A padding document of exactly `length` bytes, named in stream order.
  mutating func filler(length: Int) -> CorpusDocument {
    let name = String(index).leftPadded(to: 6) + "-filler"
    return CorpusDocument(name: name, kind: .filler, text: NewsBrief.filler(length: length, &rng))
  }
}

extension String {
  /// The string with leading zeros up to `width` characters: "42" → "000042".
  func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}

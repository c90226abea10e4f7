/// Places from across the article: where an incident placed broadly, or
/// only by an earlier sentence, or nowhere, happened.
extension DocumentScan {
  /// The article's most specific place for each incident:
  /// - one placed only by an earlier sentence, or nowhere, takes the place
  ///   of a next sentence that tells its incident again
  ///   (``IncidentToldAgain``);
  /// - then one placed broadly or nowhere is refined (``ArticlePlaces``);
  /// - then one placed in a town takes the part of the town that the
  ///   article names with the town's possessive ("Paris' first
  ///   arrondissement"), if any.
  ///
  /// Running totals keep their national or regional name, and a total with
  /// no place named stays without one. The article's places are read only
  /// when some incident needs them, the sentences that name a town's part
  /// only when one may; `read` holds the location rules' mentions of the
  /// sentences read for names already.
  mutating func refinePlaces(
    of records: inout [EventRecord], placedAt places: [(place: PlaceMention?, sentence: Range<Int>)], sentences: [Sentence],
    read: [[PlaceMention]?]
  ) {
    var sentencePlaces: [Int: [PlaceMention]] = [:]
    func placesOf(_ index: Int) -> [PlaceMention] {
      if let known = sentencePlaces[index] { return known }
      let found = self.places(in: sentences[index], read: read[index])
      sentencePlaces[index] = found
      return found
    }
    var sentenceWords: [Int: [String]] = [:]
    func wordsOf(_ index: Int) -> [String] {
      if let known = sentenceWords[index] { return known }
      let words = IncidentToldAgain.words(in: document.bytes[sentences[index].range])
      sentenceWords[index] = words
      return words
    }
    var apostrophes: [Int]?
    var namingPart: [String: [Int]] = [:]
    var article: ArticlePlaces?
    for index in records.indices where records[index].scope == .incident {
      let record = records[index]
      let placed = places[index]
      let ownSentence = placed.place.map { placed.sentence.contains($0.range.lowerBound) } ?? false
      var place = placed.place
      if !ownSentence {
        let sentence = sentences.partitioningIndex { $0.range.lowerBound >= placed.sentence.lowerBound }
        let incident = IncidentToldAgain(subject: record.subject, sentence: wordsOf(sentence), incidentWords: rules.incidentWords)
        let later = sentences.indices.dropFirst(sentence + 1).prefix(IncidentToldAgain.reach)
        for index in later where incident.isTold(in: wordsOf(index)) {
          let named = placesOf(index)
          guard let specific = named.map(\.breadth).min() else { continue }
          place = named.first { $0.breadth == specific }
          break
        }
      }
      if ArticlePlaces.mayRefine(place, count: record.count) {
        if article == nil { article = ArticlePlaces(sentences.indices.flatMap(placesOf)) }
        if let article, !article.mentions.isEmpty {
          place = article.place(for: place, at: record.start, count: record.count, in: placed.sentence)
        }
      }
      if let town = place, !town.isBroad {
        if namingPart[town.name] == nil {
          if apostrophes == nil { apostrophes = apostropheOffsets() }
          namingPart[town.name] = sentenceIndices(naming: town.writtenCore, apostrophes: apostrophes ?? [], in: sentences)
        }
        if let naming = namingPart[town.name], !naming.isEmpty {
          let parts = naming.flatMap(placesOf).filter { $0.isPart(of: town) }
          if !parts.isEmpty { place = ArticlePlaces(parts).mostNamed(near: record.start) }
        }
      }
      guard let place, place.name != record.location else { continue }
      records[index].location = place.name
      records[index].country = place.country
    }
    guard records.contains(where: { $0.location == nil }) else { return }
    let headline = headlinePlace(sentences, read: read)
    // A demonym names the people of a country, not the place of its
    // running total ("Israeli woman killed" says nothing of a toll since 2002).
    for index in records.indices where records[index].location == nil {
      guard let place = headline.named ?? (records[index].scope == .incident ? headline.demonym : nil) else { continue }
      records[index].location = place.name
      records[index].country = place.country
    }
  }

  /// The place an article's headline names, for the claims the article
  /// places nowhere else: the broadest place it names ("Ninety evacuated
  /// from Lebanon"), and the country of its last demonym ("Oil workers
  /// kidnapped off Nigerian oil rig" is Nigeria; "Five Korean workers
  /// kidnapped from Nigerian facility" too). A headline is a first
  /// paragraph of one sentence, without a full stop, before the body.
  mutating func headlinePlace(_ sentences: [Sentence], read: [[PlaceMention]?]) -> (named: PlaceMention?, demonym: PlaceMention?) {
    guard sentences.count > 1, let first = sentences.first, sentences[1].paragraph != first.paragraph,
      let last = document.bytes[first.range].last, !".!?\"'".utf8.contains(last), last < 0x80
    else { return (nil, nil) }
    let named = places(in: first, read: read[0])
    let broadest = named.map(\.breadth).max().flatMap { breadth in named.first { $0.breadth == breadth } }
    let words = document.text(first.range).split { !$0.isLetter && $0 != "-" }
    var demonym: PlaceMention?
    var start = 0
    while start < words.count {
      // "Sri Lankan" before "Lankan".
      let match = [2, 1].lazy.filter { start + $0 <= words.count }.map { words[start..<(start + $0)].joined(separator: " ") }
        .first { $0.first?.isUppercase == true && self.rules.gazetteer.country(ofDemonym: $0) != nil }
      guard let word = match, let country = rules.gazetteer.country(ofDemonym: word) else {
        start += 1
        continue
      }
      demonym = PlaceMention(
        range: first.range, name: rules.gazetteer.countryName(ofDemonym: word) ?? country, country: country, kind: "country",
        isWeak: true, rule: -1)
      start += word.split(separator: " ").count
    }
    return (broadest, demonym)
  }

  /// The indices of the sentences where a town's `name` stands before one
  /// of the document's `apostrophes` (``apostropheOffsets()``): those that
  /// may name a part of it ("Paris' first arrondissement"). A byte check, so
  /// that only they are read for places.
  func sentenceIndices(naming name: String, apostrophes: [Int], in sentences: [Sentence]) -> [Int] {
    let name = Array(name.utf8)
    guard !name.isEmpty else { return [] }
    let bytes = document.bytes
    var found: [Int] = []
    for offset in apostrophes where offset >= name.count && bytes[(offset - name.count)..<offset].elementsEqual(name) {
      let index = sentences.partitioningIndex { $0.range.upperBound > offset }
      if index < sentences.count, found.last != index { found.append(index) }
    }
    return found
  }

  /// Where the document's apostrophes (' and ’) start.
  func apostropheOffsets() -> [Int] {
    let bytes = document.bytes
    var offsets: [Int] = []
    for index in bytes.indices {
      if bytes[index] == UInt8(ascii: "'") {
        offsets.append(index)
      } else if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
        offsets.append(index)
      }
    }
    return offsets
  }
}

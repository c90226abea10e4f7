/// A sentence of a document: a byte range and the paragraph it belongs to.
struct Sentence: Sendable {
  /// The bytes of the sentence, without surrounding white space.
  let range: Range<Int>
  /// The index of its paragraph (a line of the input) in the document.
  let paragraph: Int
}

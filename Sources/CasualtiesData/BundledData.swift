/// The rules, lexicons and gazetteer that ship with the package, built into
/// the binary from `Data/` (by the EmbedData plugin), so that the tool runs
/// from any folder with nothing beside it.
public enum BundledData {
  /// One data file.
  public struct File: Sendable {
    /// Its path under `Data/`: "rules/20-claims.json".
    public let path: String
    /// Its text.
    public let text: String
  }

  /// Every file of `Data/rules`, `Data/lexicons` and `Data/gazetteer`, sorted
  /// by path.
  public static var files: [File] { embeddedFiles }

  /// A fingerprint of those files (64-bit FNV-1a over each path and text, in
  /// hexadecimal): it changes whenever the data does.
  public static var fingerprint: String { embeddedFingerprint }
}

import Foundation

/// The rules, lexicons, gazetteer and samples that ship with the package.
public enum BundledData {
  /// The bundled `Data/` folder.
  public static var directory: URL {
    guard let url = Bundle.module.url(forResource: "Data", withExtension: nil) else {
      fatalError("the casualties resource bundle has no Data folder: the package was built without its resources")
    }
    return url
  }
}

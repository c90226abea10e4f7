internal import CPCRE2

/// Facts about the PCRE2 library that the program is linked against.
public enum PCRE2Configuration {
  /// True when this PCRE2 build can JIT-compile patterns. The corresponding C call is
  /// `pcre2_config(PCRE2_CONFIG_JIT)`.
  public static let isJITAvailable: Bool = {
    var available: UInt32 = 0
    return pcre2_config_8(UInt32(PCRE2_CONFIG_JIT), &available) >= 0 && available == 1
  }()

  /// The PCRE2 version string, such as `10.42 2022-12-11`.
  public static let version: String = {
    let length = pcre2_config_8(UInt32(PCRE2_CONFIG_VERSION), nil)
    guard length > 0 else { return "unknown" }
    var buffer = [UInt8](repeating: 0, count: Int(length))
    _ = pcre2_config_8(UInt32(PCRE2_CONFIG_VERSION), &buffer)
    return String(decoding: buffer.prefix { $0 != 0 }, as: UTF8.self)
  }()
}

/// The kind of speaker a claim is attributed to.
public enum SourceType: String, Codable, Sendable, Hashable, CaseIterable {
  case healthMinistry = "health_ministry"
  case police
  case military
  case government
  case rescue
  case hospital
  case un
  case ngo
  case media
  case witness
  case armedGroup = "armed_group"
  case other
}

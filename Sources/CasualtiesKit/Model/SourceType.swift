/// The kind of speaker a claim is attributed to.
public enum SourceType: String, Codable, Sendable, Hashable, CaseIterable {
  /// A health ministry or health authorities.
  case healthMinistry = "health_ministry"
  /// Police.
  case police
  /// An army, armed forces, defence ministry or security forces.
  case military
  /// A government, ministers, governors, mayors, officials, authorities.
  case government
  /// Civil defence, rescue, fire and emergency services.
  case rescue
  /// Hospitals, doctors, medics.
  case hospital
  /// A United Nations agency (OCHA, UNHCR, UNICEF, WHO, UNRWA).
  case un
  /// The Red Cross or Red Crescent, aid, monitoring and activist groups.
  case ngo
  /// News agencies and outlets, state media.
  case media
  /// Residents, survivors, witnesses.
  case witness
  /// Militant and armed groups.
  case armedGroup = "armed_group"
  /// Anyone else, such as a person the text does not place.
  case other
}

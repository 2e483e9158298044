/// The entity types Parallax recognises (OntoNotes names, as JSON writes them).
public enum EntityType: String, CaseIterable, Sendable, Codable, Hashable {
    /// People, fictional or real.
    case person = "PERSON"
    /// Companies, agencies, institutions, outlets.
    case org = "ORG"
    /// Countries, cities, states: places with a government.
    case gpe = "GPE"
    /// Other places: regions, mountains, water, facilities.
    case loc = "LOC"
    /// Nationalities, religious and political groups.
    case norp = "NORP"

    /// The type's position in `allCases`, used as a compact label code.
    package var index: Int {
        switch self {
        case .person: 0
        case .org: 1
        case .gpe: 2
        case .loc: 3
        case .norp: 4
        }
    }

    /// The type at a compact label code position.
    package static func at(_ index: Int) -> EntityType {
        allCases[index]
    }
}

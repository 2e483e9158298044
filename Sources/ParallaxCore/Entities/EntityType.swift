/// The entity types Parallax recognises (OntoNotes names, as JSON writes them).
public enum EntityType: String, CaseIterable, Sendable, Codable, Hashable {
    case person = "PERSON", org = "ORG", gpe = "GPE", loc = "LOC", norp = "NORP"
}

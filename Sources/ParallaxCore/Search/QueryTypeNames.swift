/// The names a `type:` filter accepts: the OntoNotes labels and the words people use for them.
enum QueryTypeNames {
    /// Lower-cased name → the types it stands for (`place` is both kinds of place).
    static let aliases: [String: [EntityType]] = {
        var table: [String: [EntityType]] = [:]
        let groups: [([EntityType], [String])] = [
            ([.person], ["person", "persons", "people", "per", "individual", "individuals"]),
            ([.org], ["org", "orgs", "organisation", "organisations", "organization", "organizations",
                      "company", "companies", "institution", "institutions", "agency", "agencies"]),
            ([.gpe], ["gpe", "gpes", "country", "countries", "city", "cities", "state", "states"]),
            ([.loc], ["loc", "locs", "region", "regions"]),
            ([.gpe, .loc], ["place", "places", "location", "locations", "geo"]),
            ([.norp], ["norp", "norps", "nationality", "nationalities", "religion", "religions",
                       "demonym", "demonyms"]),
        ]
        for (types, names) in groups {
            for name in names { table[name] = types }
        }
        return table
    }()

    /// The canonical name of a type, as the renderer writes it.
    static func name(_ type: EntityType) -> String { type.rawValue.lowercased() }

    /// The types a name stands for, or nil when it names none.
    static func types(named name: String) -> [EntityType]? { aliases[name.lowercased()] }

    /// True for the scalars that separate several names in one value (`person|org`, `person,org`).
    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "|" || scalar == "," || scalar == "/" || scalar.properties.isWhitespace
    }
}

/// Why the entity recogniser could not be set up.
public enum EntityError: Error, CustomStringConvertible, Equatable {
    /// No resource folder holding the named file was found; `searched` lists the places tried.
    case resourceMissing(name: String, searched: [String])
    /// A resource file exists but could not be read.
    case unreadable(path: String, reason: String)
    /// A resource file was read but its contents are not a valid model or gazetteer.
    case corrupt(path: String, reason: String)

    /// One line saying what went wrong and where.
    public var description: String {
        switch self {
        case let .resourceMissing(name, searched):
            "entity resource \(name) not found (looked in: \(searched.joined(separator: ", ")); set PARALLAX_RESOURCES)"
        case let .unreadable(path, reason):
            "cannot read entity resource \(path): \(reason)"
        case let .corrupt(path, reason):
            "entity resource \(path) is corrupt: \(reason)"
        }
    }
}

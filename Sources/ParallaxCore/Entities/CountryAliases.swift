import Foundation

/// Other names of countries ("Russian Federation", "Great Britain") mapped to their common English
/// names, from the bundled `country-aliases.tsv` (built by `Scripts/ner/build_aliases.py`).
public enum CountryAliases {
    /// Parses `alias<TAB>name` lines; `#` lines are comments.
    public static func parse(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { continue }
            result[String(parts[0])] = String(parts[1])
        }
        return result
    }

    /// The bundled table, read once per process.
    public static func bundled() throws(EntityError) -> [String: String] {
        try shared.get()
    }

    private static let shared: Result<[String: String], EntityError> = Result { () throws(EntityError) -> [String: String] in
        let url = try ResourceLocator.entityFile("country-aliases.tsv")
        return parse(String(decoding: try ResourceLocator.read(url), as: UTF8.self))
    }
}

extension EntityLinker {
    /// The linker with the bundled country aliases (without them when the resource is missing; the
    /// recogniser, loaded from the same place, reports that).
    public static let standard = EntityLinker(aliases: (try? CountryAliases.bundled()) ?? [:])
}

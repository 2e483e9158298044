/// A `---` … `---` block of `key: value` lines at the top of a file.
public struct FrontMatter: Sendable, Equatable {
    /// Keys (lower-cased) and their values, quotes removed.
    public let fields: [String: String]
    /// Index of the first line after the block.
    public let bodyStartLine: Int

    /// Reads front matter from the file's lines, if the first non-empty line opens a block that closes.
    public static func parse(lines: [String]) -> FrontMatter? {
        guard let open = lines.firstIndex(where: { !$0.trimmed.isEmpty }), lines[open].trimmed == "---" else {
            return nil
        }
        var fields: [String: String] = [:]
        var index = open + 1
        while index < lines.count, index <= open + 60 {
            let line = lines[index].trimmed
            if line == "---" || line == "..." {
                return FrontMatter(fields: fields, bodyStartLine: index + 1)
            }
            if !line.isEmpty && !line.hasPrefix("#") {
                guard let colon = line.firstIndex(of: ":") else { return nil }
                let key = String(line[..<colon]).trimmed.lowercased()
                guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else {
                    return nil
                }
                fields[key] = unquote(String(line[line.index(after: colon)...]).trimmed)
            }
            index += 1
        }
        return nil
    }

    /// A value without the quotes around it.
    static func unquote(_ value: String) -> String {
        for quote in ["\"", "'"] where value.count >= 2 && value.hasPrefix(quote) && value.hasSuffix(quote) {
            return String(value.dropFirst().dropLast())
        }
        return value
    }

    /// A non-empty value for a key, treating `null`, `~` and `unknown` as absent.
    public func value(_ key: String) -> String? {
        guard let v = fields[key]?.trimmed, !v.isEmpty,
              !["null", "~", "unknown", "none", "n/a"].contains(v.lowercased()) else { return nil }
        return TextSanitizer.displaySafe(v)
    }
}

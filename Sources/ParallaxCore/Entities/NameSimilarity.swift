/// How alike two short names are: edit distance and Jaro–Winkler similarity, over Unicode scalars.
public enum NameSimilarity {
    /// Levenshtein distance (insertions, deletions, substitutions).
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = Array(repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// Jaro–Winkler similarity in 0...1 (prefix scale 0.1, up to four prefix characters).
    public static func jaroWinkler(_ a: String, _ b: String) -> Double {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty && y.isEmpty { return 1 }
        if x.isEmpty || y.isEmpty { return 0 }
        let window = max(0, max(x.count, y.count) / 2 - 1)
        var xMatched = Array(repeating: false, count: x.count)
        var yMatched = Array(repeating: false, count: y.count)
        var matches = 0
        for i in x.indices {
            // Past the end of a much shorter name the window is empty.
            let low = max(0, i - window), high = min(y.count, i + window + 1)
            guard low < high else { break }
            for j in low..<high where !yMatched[j] && x[i] == y[j] {
                xMatched[i] = true
                yMatched[j] = true
                matches += 1
                break
            }
        }
        guard matches > 0 else { return 0 }
        var transpositions = 0
        var j = 0
        for i in x.indices where xMatched[i] {
            while !yMatched[j] { j += 1 }
            if x[i] != y[j] { transpositions += 1 }
            j += 1
        }
        let m = Double(matches)
        let jaro = (m / Double(x.count) + m / Double(y.count) + (m - Double(transpositions / 2)) / m) / 3
        let prefix = zip(x, y).prefix(4).prefix { $0 == $1 }.count
        return jaro + Double(prefix) * 0.1 * (1 - jaro)
    }

    /// Whether two given names are close enough to be one person's, written two ways: the same first
    /// letter, and an edit distance of at most 2 or a Jaro–Winkler similarity of at least 0.88.
    public static func givenNamesClose(_ a: String, _ b: String) -> Bool {
        guard let first = a.unicodeScalars.first, first == b.unicodeScalars.first else { return false }
        return editDistance(a, b) <= 2 || jaroWinkler(a, b) >= 0.88
    }
}

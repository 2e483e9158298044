/// Splits text into word tokens the way SQLite FTS5's `unicode61` tokenizer does with its default
/// options, so a query's words are the tokens the index holds.
///
/// A token starts at a letter, a number or a private-use character (categories `L*`, `N*`, `Co`) and runs
/// on through those and through the combining accents FTS5 counts as diacritics (some of U+0300–U+0331);
/// anything else — spaces, punctuation, symbols, emoji, other marks — separates tokens. `two-state` is
/// two tokens. Case is kept: the index folds case and accents itself. FTS5's categories are Unicode
/// 6.1's, in which anything assigned later is unassigned and so, to FTS5, a token character (a newer
/// emoji such as 🕭 joins the word next to it); Swift's newer tables are read the same way through each
/// scalar's `age`. `Unicode61WordsTests` checks this against SQLite itself.
public enum Unicode61Words {
    /// The tokens of a text, in order.
    public static func words(in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return ranges(in: scalars[...]).map { string(scalars[$0]) }
    }

    /// The tokens of a run of scalars as ranges of the slice's own indices, in order.
    static func ranges(in scalars: ArraySlice<Unicode.Scalar>) -> [Range<Int>] {
        var tokens: [Range<Int>] = []
        var i = scalars.startIndex
        while i < scalars.endIndex {
            guard isTokenCharacter(scalars[i]) else {
                i += 1
                continue
            }
            let start = i
            i += 1
            while i < scalars.endIndex, isTokenCharacter(scalars[i]) || isDiacritic(scalars[i]) {
                i += 1
            }
            tokens.append(start..<i)
        }
        return tokens
    }

    /// True for a scalar that starts or continues a token: a letter, a number or a private-use character
    /// by Unicode 6.1's categories (FTS5's tables), where unassigned code points count as token characters.
    public static func isTokenCharacter(_ scalar: Unicode.Scalar) -> Bool {
        // Assigned after Unicode 6.1 (newer emoji, scripts, marks): unassigned, so a token character, to FTS5.
        guard let age = scalar.properties.age, age.major < 6 || (age.major == 6 && age.minor <= 1) else { return true }
        // Categories changed since 6.1: New Tai Lue vowel signs and two Vedic signs were spacing marks
        // (now letters); two Mongolian letters are now marks.
        let v = scalar.value
        if (0x19B0...0x19C0).contains(v) || (0x19C8...0x19C9).contains(v) || (0x1CF2...0x1CF3).contains(v) { return false }
        if v == 0x1885 || v == 0x1886 { return true }
        // SQLite's UTF-8 reader turns U+FFFE and U+FFFF into U+FFFD, a symbol.
        if v == 0xFFFE || v == 0xFFFF { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .privateUse, .unassigned:
            return true
        default:
            return false
        }
    }

    /// True for the combining accents that continue a token without starting one (FTS5's
    /// `sqlite3Fts5UnicodeIsdiacritic`: a bit mask over U+0300–U+0331).
    public static func isDiacritic(_ scalar: Unicode.Scalar) -> Bool {
        let c = scalar.value
        guard (0x300...0x331).contains(c) else { return false }
        let low: UInt32 = 0x0802_9FDF, high: UInt32 = 0x0003_61F8
        return c < 0x320 ? low & (1 << (c - 0x300)) != 0 : high & (1 << (c - 0x320)) != 0
    }

    /// A string made of a run of scalars.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}

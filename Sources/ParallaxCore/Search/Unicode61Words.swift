/// Splits text into word tokens the way SQLite FTS5's `unicode61` tokenizer does with its default
/// options, so a query's words are the tokens the index holds.
///
/// A token starts at a letter, a number or a private-use character (categories `L*`, `N*`, `Co`) and runs
/// on through those and through the combining accents FTS5 counts as diacritics (some of U+0300–U+0331);
/// anything else — spaces, punctuation, symbols, emoji, other marks — separates tokens. `two-state` is
/// two tokens. Case is kept: the index folds case and accents itself. FTS5 takes categories from its own
/// Unicode tables and this type from Swift's, so a character assigned in a recent Unicode version may
/// be classed differently.
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

    /// True for a scalar that starts or continues a token: a letter, a number or a private-use character.
    public static func isTokenCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .privateUse:
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

/// The folding the index uses for keys and for finding query words in text: case, accents and curly
/// quotes folded (as the reader's search does), words split at anything that is not a letter or digit
/// (as the full-text tokenizer does).
enum SearchFolding {
    /// A folded key: lower case, accents dropped, runs of whitespace one space, trimmed.
    static func key(_ text: String) -> String {
        var folding = TextFolding(caseSensitive: false)
        var out = String.UnicodeScalarView()
        var space = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                space = !out.isEmpty
                continue
            }
            guard let folded = folding.fold(scalar), let s = Unicode.Scalar(folded) else { continue }
            if space { out.append(" ") }
            space = false
            out.append(s)
        }
        return String(out)
    }

    /// The folded words of a text, as the full-text tokenizer splits them.
    static func words(_ text: String) -> [String] {
        var folding = TextFolding(caseSensitive: false)
        return tokens(folding.fold(text)).map { token in
            String(String.UnicodeScalarView(token.scalars.compactMap(Unicode.Scalar.init)))
        }
    }

    /// A word of folded text: its scalars and its folded range.
    struct Token {
        /// The folded scalars.
        let scalars: [UInt32]
        /// Where it lies in the folded text.
        let range: Range<Int>
    }

    /// The words of folded text: maximal runs of letters, digits and marks.
    static func tokens(_ folded: FoldedText) -> [Token] {
        var out: [Token] = []
        var start = -1
        let scalars = folded.scalars
        for i in 0...scalars.count {
            let isWord = i < scalars.count && isWordScalar(scalars[i])
            if isWord, start < 0 { start = i }
            if !isWord, start >= 0 {
                out.append(Token(scalars: Array(scalars[start..<i]), range: start..<i))
                start = -1
            }
        }
        return out
    }

    /// Whether a folded scalar belongs to a word (letters, digits, marks; as unicode61 treats them).
    static func isWordScalar(_ value: UInt32) -> Bool {
        if value < 0x80 {
            return (value >= 0x30 && value <= 0x39) || (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
        }
        guard let scalar = Unicode.Scalar(value) else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark,
             .privateUse:
            return true
        default:
            return false
        }
    }
}

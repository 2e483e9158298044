/// Rules that make untrusted article text safe to show and uniform to analyse.
public enum TextSanitizer {
    /// What happens to one scalar of raw text.
    enum Verdict: Equatable {
        case keep
        case replace(Unicode.Scalar)
        case newline
        /// `\n` right after `\r`: already emitted as the CR's newline.
        case crlfTail
        case drop
    }

    /// Decides how one raw scalar is treated.
    static func classify(_ s: Unicode.Scalar) -> Verdict {
        switch s.value {
        case 0x0A: return .crlfTail
        case 0x0D, 0x0B, 0x0C, 0x85, 0x2028, 0x2029: return .newline
        case 0x09: return .replace(" ")
        case 0x00...0x1F, 0x7F...0x9F: return .drop
        case 0xA0, 0x2007, 0x202F: return .replace(" ")
        // Byte-order mark, zero-width space, direction marks, and the soft hyphen: invisible in running
        // text, yet some terminals give the soft hyphen a column, which would shift everything after it.
        case 0xFEFF, 0x200B, 0x200E, 0x200F, 0x061C, 0x00AD: return .drop
        case 0x202A...0x202E, 0x2066...0x2069: return .drop
        case 0xFFF9...0xFFFB: return .drop
        case 0xE0000...0xE007F: return .drop
        default: return .keep
        }
    }

    /// Removes anything that could act on a terminal from a string produced elsewhere.
    public static func displaySafe(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch classify(scalar) {
            case .keep: out.append(scalar)
            case .replace(let r): out.append(r)
            case .newline, .crlfTail: out.append(" ")
            case .drop: continue
            }
        }
        return String(out)
    }
}

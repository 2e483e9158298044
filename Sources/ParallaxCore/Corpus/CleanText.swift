/// Text cleaned for display and analysis, remembering where each scalar came from in the raw file.
///
/// Offsets that leave the program are in Unicode scalars of the raw contents, so every cleaned
/// scalar keeps the raw offset it was taken from.
public struct CleanText: Sendable {
    /// The cleaned scalars: no controls but `\n`, no CR, no BOM, no bidi overrides.
    public let scalars: [Unicode.Scalar]
    /// `rawOffsets[i]` is the raw scalar offset of `scalars[i]`; one extra entry marks the raw end.
    public let rawOffsets: [Int32]

    /// Builds cleaned text from already-decoded raw scalars.
    public init(raw: some Sequence<Unicode.Scalar>) {
        var out: [Unicode.Scalar] = []
        var offsets: [Int32] = []
        var index: Int32 = 0
        var previousWasCR = false
        for scalar in raw {
            defer { index += 1 }
            let wasCR = previousWasCR
            previousWasCR = scalar == "\r"
            switch TextSanitizer.classify(scalar) {
            case .keep:
                out.append(scalar); offsets.append(index)
            case .replace(let replacement):
                out.append(replacement); offsets.append(index)
            case .newline:
                out.append("\n"); offsets.append(index)
            case .crlfTail:
                if !wasCR { out.append("\n"); offsets.append(index) }
            case .drop:
                continue
            }
        }
        offsets.append(index)
        self.scalars = out
        self.rawOffsets = offsets
    }

    /// Cleaned text from scalars and their raw offsets (one more offset than scalars).
    init(scalars: [Unicode.Scalar], rawOffsets: [Int32]) {
        self.scalars = scalars
        self.rawOffsets = rawOffsets
    }

    /// The cleaned text as a `String`.
    public var string: String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars)
        return String(s)
    }

    /// Maps a half-open range of cleaned scalar offsets to raw scalar offsets.
    public func rawRange(_ range: Range<Int>) -> Range<Int> {
        let lower = Int(rawOffsets[range.lowerBound])
        let upper = range.isEmpty ? lower : Int(rawOffsets[range.upperBound - 1]) + 1
        return lower..<upper
    }
}

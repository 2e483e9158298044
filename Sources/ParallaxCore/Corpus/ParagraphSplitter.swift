/// Splits cleaned text into lines and paragraphs, keeping each one's place in the raw file.
struct ParagraphSplitter {
    /// One line of cleaned text: its scalar range (without surrounding spaces) and text.
    struct Line {
        var range: Range<Int>
        var text: String
        var isBlank: Bool { text.isEmpty }
    }

    /// A paragraph before roles are assigned.
    struct Block {
        let text: String
        let range: Range<Int>
        /// Raw-file offsets of each scalar of `text`.
        let offsets: OffsetMap
        /// Whether the paragraph was a single line in the file (headlines are).
        let singleLine: Bool
    }

    /// The text being split.
    let source: CleanText

    /// Every line of the text, trimmed of surrounding spaces.
    func lines() -> [Line] {
        var result: [Line] = []
        var start = 0
        let scalars = source.scalars
        for i in 0...scalars.count where i == scalars.count || scalars[i] == "\n" {
            var lo = start, hi = i
            while lo < hi, scalars[lo].isSpaceLike { lo += 1 }
            while hi > lo, scalars[hi - 1].isSpaceLike { hi -= 1 }
            result.append(Line(range: lo..<hi, text: String(scalars: scalars[lo..<hi])))
            start = i + 1
        }
        return result
    }

    /// Groups lines into paragraphs: blank lines separate them; inside a block, hard-wrapped lines
    /// are joined and other lines stand alone.
    func blocks(from lines: ArraySlice<Line>) -> [Block] {
        var result: [Block] = []
        var current: [Line] = []
        func flush() {
            if !current.isEmpty { result.append(contentsOf: splitBlock(current)) }
            current.removeAll()
        }
        for line in lines {
            if line.isBlank { flush() } else { current.append(line) }
        }
        flush()
        return result
    }

    private func splitBlock(_ lines: [Line]) -> [Block] {
        // A block of one or two lines is never hard-wrapped: each line stands alone, without measuring them.
        if lines.count < 3 { return lines.map { join(CollectionOfOne($0)) } }
        let lengths = lines.map { $0.text.scalarCount }
        let maxLen = lengths.max() ?? 0
        let full = lengths.dropLast().filter { Double($0) >= 0.6 * Double(maxLen) }.count
        let hardWrapped = lines.count >= 3 && (40...120).contains(maxLen)
            && Double(full) >= 0.8 * Double(lines.count - 1)
            && zip(lines, lines.dropFirst()).contains { Self.breaksMidSentence($0.text, $1.text) }
        guard hardWrapped else {
            return lines.map { join([$0]) }
        }
        var result: [Block] = []
        var group: [Line] = []
        for (line, length) in zip(lines, lengths) {
            group.append(line)
            if Double(length) < 0.6 * Double(maxLen) {
                result.append(join(group)); group.removeAll()
            }
        }
        if !group.isEmpty { result.append(join(group)) }
        return result
    }

    /// Words after which a sentence cannot end, so a line ending with one was cut by wrapping.
    static let continuingWords: Set<String> = [
        "a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but", "with", "by", "from", "that",
        "as", "is", "are", "was", "were", "be", "has", "have", "had", "its", "his", "her", "their", "into", "than",
    ]

    /// Whether a line break falls inside a sentence: the next line goes on in lower case, or the line
    /// ends with a comma, a hyphen or a word that cannot end a sentence. A block of headline, byline
    /// and date lines has none of these, however long its lines are.
    static func breaksMidSentence(_ line: String, _ next: String) -> Bool {
        if let first = next.unicodeScalars.first, first.properties.isLowercase { return true }
        if let last = line.last, ",-–—(".contains(last) { return true }
        let lastWord = line.split(separator: " ").last.map { $0.lowercased() } ?? ""
        return continuingWords.contains(lastWord)
    }

    private func join(_ group: some RandomAccessCollection<Line>) -> Block {
        let range = (group.first?.range.lowerBound ?? 0)..<(group.last?.range.upperBound ?? 0)
        if group.count == 1, let line = group.first, let block = verbatim(line) { return block }
        let (text, offsets) = collapsedText(of: group.map(\.range))
        return Block(text: text, range: range, offsets: offsets, singleLine: group.count == 1)
    }

    /// A one-line paragraph whose text `collapsedText` would leave as it is (no run of spaces, no scalar
    /// decoded from a character reference): the line's own text and offsets, without copying scalars.
    private func verbatim(_ line: Line) -> Block? {
        // A line's text is its range's scalars, which `lines()` trimmed (a leading date marker cut off
        // later keeps this true, but a range that starts or ends with a space goes the long way).
        guard !line.range.isEmpty, !source.hasWideScalars, !source.scalars[line.range.lowerBound].isSpaceLike,
              !source.scalars[line.range.upperBound - 1].isSpaceLike else { return nil }
        var text = line.text
        let hasSpaceRun = text.withUTF8 { bytes in
            var previous: UInt8 = 0
            for byte in bytes {
                if byte == 0x20 && previous == 0x20 { return true }
                previous = byte
            }
            return false
        }
        guard !hasSpaceRun else { return nil }
        var starts = Array(source.rawOffsets[line.range])
        let end = source.rawRange(line.range).upperBound
        starts.append(Int32(max(end, Int(starts.last ?? 0))))
        return Block(text: text, range: line.range, offsets: OffsetMap(starts: starts, wideEnds: [:]), singleLine: true)
    }

    /// The lines' scalars joined by one space, trimmed, with runs of spaces collapsed into one, and
    /// the raw offset of every scalar kept (a joining space takes the offset of the line break).
    func collapsedText(of ranges: [Range<Int>]) -> (String, OffsetMap) {
        let scalars = source.scalars
        var out: [Unicode.Scalar] = []
        var starts: [Int32] = []
        let capacity = ranges.reduce(1) { $0 + $1.count + 1 }
        out.reserveCapacity(capacity)
        starts.reserveCapacity(capacity)
        var wide: [Int32: Int32] = [:]
        // Most files decode no character references: then no scalar needs looking up.
        let anyWide = source.hasWideScalars
        var lastSpace = true
        func emit(_ scalar: Unicode.Scalar, clean index: Int) {
            if anyWide, let end = source.rawEnd(of: index) { wide[Int32(starts.count)] = end }
            out.append(scalar)
            starts.append(source.rawOffsets[index])
        }
        for (n, range) in ranges.enumerated() {
            var lo = range.lowerBound, hi = range.upperBound
            while lo < hi, scalars[lo].isSpaceLike { lo += 1 }
            while hi > lo, scalars[hi - 1].isSpaceLike { hi -= 1 }
            if n > 0, lo < hi, !lastSpace { emit(" ", clean: min(ranges[n - 1].upperBound, scalars.count - 1)) }
            for i in lo..<hi {
                let space = scalars[i] == " "
                if space && lastSpace { continue }
                emit(scalars[i], clean: i)
                lastSpace = space
            }
        }
        let end = ranges.last.map { source.rawRange($0).upperBound } ?? 0
        starts.append(Int32(max(end, Int(starts.last ?? 0))))
        return (String(scalars: out[...]), OffsetMap(starts: starts, wideEnds: wide))
    }
}

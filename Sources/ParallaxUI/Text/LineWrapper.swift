/// Wraps blocks of text into display lines at spaces, measured in display columns, without copying text:
/// each line is a list of runs (scalar ranges) into the blocks. Block boundaries are break points too.
struct LineWrapper {
    /// Where a run of spaces waits to be placed before the next word.
    private struct Space {
        var block: Int
        var scalars: Range<Int>
        var start: String.Index
        var end: String.Index
    }

    /// Columns per line.
    let width: Int
    /// The lines made so far.
    private(set) var lines: [DisplayLine] = []
    private var runs: [LineRun] = []
    private var used = 0
    private var space: Space?

    /// A wrapper for lines of `width` columns (at least one).
    init(width: Int) { self.width = max(1, width) }

    /// Wraps the given blocks of `text` as one flowing paragraph and returns its lines.
    static func wrap(_ blocks: [Int], of text: TextLines, width: Int) -> [DisplayLine] {
        var wrapper = LineWrapper(width: width)
        for block in blocks { wrapper.feed(block, text.blocks[block].text) }
        return wrapper.finish()
    }

    /// Feeds one block's text.
    mutating func feed(_ block: Int, _ text: String) {
        var scalar = 0
        var word: (scalar: Int, index: String.Index, width: Int)?
        var index = text.startIndex
        while index < text.endIndex {
            let ch = text[index]
            let next = text.index(after: index)
            let count = ch.unicodeScalars.count
            if ch == " " || ch == "\n" {
                if let w = word { place(block, w.scalar..<scalar, w.index, index, width: w.width, text: text); word = nil }
                if ch == "\n" {
                    flush(force: true)
                } else if var s = space, s.block == block, s.scalars.upperBound == scalar {
                    s.scalars = s.scalars.lowerBound..<(scalar + 1)
                    s.end = next
                    space = s
                } else {
                    space = Space(block: block, scalars: scalar..<(scalar + 1), start: index, end: next)
                }
            } else if word == nil {
                word = (scalar, index, DisplayWidth.of(ch))
            } else {
                word?.width += DisplayWidth.of(ch)
            }
            scalar += count
            index = next
        }
        if let w = word { place(block, w.scalar..<scalar, w.index, text.endIndex, width: w.width, text: text) }
    }

    /// Ends the last line and returns all lines (at least one).
    mutating func finish() -> [DisplayLine] {
        if !runs.isEmpty || lines.isEmpty { flush(force: true) }
        return lines
    }

    /// Puts a word on the current line, or on a new one when it does not fit; breaks words wider than a line.
    private mutating func place(_ block: Int, _ scalars: Range<Int>, _ start: String.Index, _ end: String.Index,
                                width w: Int, text: String) {
        let spaceWidth = space.map { $0.scalars.count } ?? 0
        if used > 0 && used + spaceWidth + w > width { flush(force: false) }
        if w > width {
            if used > 0 { flush(force: false) }
            breakLongWord(block, scalars, start, end, text: text)
            return
        }
        if used > 0, let s = space {
            append(LineRun(block: s.block, scalars: s.scalars, start: s.start, end: s.end))
            used += spaceWidth
        }
        space = nil
        append(LineRun(block: block, scalars: scalars, start: start, end: end))
        used += w
    }

    /// Cuts a word wider than a line into line-wide pieces; the last piece stays on the current line.
    private mutating func breakLongWord(_ block: Int, _ scalars: Range<Int>, _ start: String.Index, _ end: String.Index,
                                        text: String) {
        space = nil
        var pieceStart = start, pieceScalar = scalars.lowerBound, scalar = scalars.lowerBound
        var pieceWidth = 0
        var index = start
        while index < end {
            let ch = text[index]
            let w = DisplayWidth.of(ch)
            if pieceWidth + w > width, pieceWidth > 0 {
                append(LineRun(block: block, scalars: pieceScalar..<scalar, start: pieceStart, end: index))
                flush(force: false)
                pieceStart = index; pieceScalar = scalar; pieceWidth = 0
            }
            pieceWidth += w
            scalar += ch.unicodeScalars.count
            index = text.index(after: index)
        }
        append(LineRun(block: block, scalars: pieceScalar..<scalar, start: pieceStart, end: end))
        used = pieceWidth
    }

    /// Adds a run, joining it to the previous one when they are contiguous in the same block.
    private mutating func append(_ run: LineRun) {
        if var last = runs.last, last.block == run.block, last.scalars.upperBound == run.scalars.lowerBound {
            last.scalars = last.scalars.lowerBound..<run.scalars.upperBound
            last.end = run.end
            runs[runs.count - 1] = last
        } else {
            runs.append(run)
        }
    }

    /// Ends the current line; an empty line is kept only when `force` (a hard line break).
    private mutating func flush(force: Bool) {
        if force || !runs.isEmpty { lines.append(DisplayLine(runs: runs)) }
        runs = []
        used = 0
        space = nil
    }
}

import ParallaxCore

/// A piece of displayed text — a paragraph, a header field, a label — with the map from its
/// Unicode scalars back to the raw file's offsets when it came from the file.
public struct TextBlock: Sendable {
    /// The text as displayed.
    public let text: String
    /// What it is, for the theme's base style.
    public let role: Role
    /// Maps scalar `i + unmappedPrefix` of `text` to the raw file; `nil` for text the program made up.
    public let offsets: OffsetMap?
    /// Scalars at the start of `text` that are not from the file (the `[junk: …] ` tag).
    public let unmappedPrefix: Int
    /// The article paragraph this block shows, if any.
    public let paragraph: Int?

    /// A block of text; `offsets` maps it (after `unmappedPrefix` scalars) to the raw file.
    public init(_ text: String, role: Role = .text, offsets: OffsetMap? = nil, unmappedPrefix: Int = 0,
                paragraph: Int? = nil) {
        self.text = text
        self.role = role
        self.offsets = offsets
        self.unmappedPrefix = unmappedPrefix
        self.paragraph = paragraph
    }

    /// The raw range covered by a range of this block's scalars, or nil when they are not from the file.
    public func rawRange(_ scalars: Range<Int>) -> Range<Int>? {
        guard let offsets else { return nil }
        let lo = max(0, scalars.lowerBound - unmappedPrefix), hi = max(0, scalars.upperBound - unmappedPrefix)
        guard hi > lo else { return nil }
        return offsets.rawRange(lo..<min(hi, offsets.count))
    }

    /// This block's scalars whose raw extent overlaps a raw range.
    public func scalarRange(_ raw: Range<Int>) -> Range<Int> {
        guard let offsets else { return 0..<0 }
        let range = offsets.textRange(raw)
        return (range.lowerBound + unmappedPrefix)..<(range.upperBound + unmappedPrefix)
    }
}

/// A run of one block's text on a displayed line: scalar offsets and the matching string indices.
public struct LineRun: Sendable, Equatable {
    /// Index of the block in its `TextLines`.
    public var block: Int
    /// Scalar offsets into the block's text.
    public var scalars: Range<Int>
    /// Where the run starts in the block's text.
    public var start: String.Index
    /// Where it ends.
    public var end: String.Index
}

/// One displayed line: runs of text from one or more blocks; `ellipsis` when text was cut after it.
public struct DisplayLine: Sendable, Equatable {
    /// The runs, left to right.
    public var runs: [LineRun]
    /// Whether the line ends with ` …` because the text goes on but has no room.
    public var ellipsis = false

    /// A blank line.
    public static let blank = DisplayLine(runs: [])
}

/// Blocks of text and the lines they are wrapped into.
public struct TextLines: Sendable {
    /// The blocks the lines point into.
    public var blocks: [TextBlock] = []
    /// The lines.
    public var lines: [DisplayLine] = []

    /// Empty text.
    public init() {}

    /// Adds a block and returns its index.
    @discardableResult
    public mutating func add(_ block: TextBlock) -> Int {
        blocks.append(block)
        return blocks.count - 1
    }

    /// The text of a run.
    public func text(of run: LineRun) -> Substring { blocks[run.block].text[run.start..<run.end] }

    /// A line's text, for tests and searches.
    public func text(ofLine index: Int) -> String {
        lines[index].runs.map { String(text(of: $0)) }.joined()
    }
}

extension OffsetMap {
    /// The map of a slice of the text (scalars `range`), built through the public accessors.
    func slice(_ range: Range<Int>) -> OffsetMap {
        let lo = max(0, min(range.lowerBound, count)), hi = max(lo, min(range.upperBound, count))
        var starts: [Int32] = []
        starts.reserveCapacity(hi - lo + 1)
        var wide: [Int32: Int32] = [:]
        for i in lo..<hi {
            let start = rawStart(i), end = rawEnd(i)
            starts.append(Int32(start))
            if end != start + 1 { wide[Int32(i - lo)] = Int32(end) }
        }
        starts.append(Int32(hi > lo ? rawEnd(hi - 1) : rawStart(lo)))
        return OffsetMap(starts: starts, wideEnds: wide)
    }
}

/// The slots a template can hold, filled per article.
enum ScaleSlot: Int, CaseIterable {
    case p1, p1s, p1r, p2, p2s, p2r, p3, p3s, p3r, org, org2, country, country2, demonym, capital, city
    case weekday, month, year, num, num2, pct, money, sp, sps, spr, q, qo, qc, since, other, outlet

    /// The slot by its name in braces (`P1S` for `{P1S}`).
    static let byName: [String: ScaleSlot] = Dictionary(uniqueKeysWithValues: allCases.map { ("\($0)".uppercased(), $0) })
}

/// A sentence with slots, split once into literal bytes and slots so that filling it is a few appends.
struct ScaleTemplate {
    /// A run of literal UTF-8 or a slot.
    enum Piece {
        /// Literal text.
        case text([UInt8])
        /// A slot's value.
        case slot(ScaleSlot)
    }

    /// The pieces in order.
    let pieces: [Piece]

    /// Splits a template; a brace group that names no slot stays as text.
    init(_ source: String) {
        var pieces: [Piece] = []
        var literal: [UInt8] = []
        var rest = Substring(source)
        while let open = rest.firstIndex(of: "{") {
            literal += rest[..<open].utf8
            guard let close = rest[open...].firstIndex(of: "}"),
                  let slot = ScaleSlot.byName[String(rest[rest.index(after: open)..<close])] else {
                literal.append(UInt8(ascii: "{"))
                rest = rest[rest.index(after: open)...]
                continue
            }
            if !literal.isEmpty { pieces.append(.text(literal)) }
            literal = []
            pieces.append(.slot(slot))
            rest = rest[rest.index(after: close)...]
        }
        literal += rest.utf8
        if !literal.isEmpty { pieces.append(.text(literal)) }
        self.pieces = pieces
    }

    /// Templates for a list of sources.
    static func all(_ sources: [String]) -> [ScaleTemplate] { sources.map(ScaleTemplate.init) }
}

/// The values of the slots for one article.
struct ScaleSlots {
    /// Values by slot, as UTF-8.
    private var values = [[UInt8]](repeating: [], count: ScaleSlot.allCases.count)

    /// A slot's value.
    subscript(slot: ScaleSlot) -> [UInt8] {
        get { values[slot.rawValue] }
        set { values[slot.rawValue] = newValue }
    }

    /// Sets a slot from a string.
    mutating func set(_ slot: ScaleSlot, _ text: String) { values[slot.rawValue] = Array(text.utf8) }

    /// Appends a filled template to a buffer and returns how many words it added.
    @discardableResult
    func fill(_ template: ScaleTemplate, into buffer: inout [UInt8]) -> Int {
        let start = buffer.count
        for piece in template.pieces {
            switch piece {
            case .text(let bytes): buffer += bytes
            case .slot(let slot): buffer += values[slot.rawValue]
            }
        }
        var words = 1
        for i in start..<buffer.count where buffer[i] == UInt8(ascii: " ") { words += 1 }
        return words
    }

    /// A filled template as a string (for headlines and query words).
    func string(_ template: ScaleTemplate) -> String {
        var buffer: [UInt8] = []
        fill(template, into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }
}

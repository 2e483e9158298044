/// BIO label codes: 0 is O, `1 + 2t` is B-type, `2 + 2t` is I-type for type index t.
package enum TagLabel {
    /// Number of labels (O plus B and I for five types).
    package static let count = 11
    /// The outside label.
    package static let outside: UInt8 = 0

    /// The B label of a type.
    package static func begin(_ type: EntityType) -> UInt8 { UInt8(1 + 2 * type.index) }
    /// The I label of a type.
    package static func inside(_ type: EntityType) -> UInt8 { UInt8(2 + 2 * type.index) }
    /// Whether the label is an I label.
    @inline(__always) package static func isInside(_ l: UInt8) -> Bool { l != 0 && l & 1 == 0 }
    /// The type index of a non-O label.
    @inline(__always) package static func typeIndex(_ l: UInt8) -> Int { Int(l - 1) / 2 }

    /// Whether `label` may follow `previous` (an I label continues an entity of the same type).
    @inline(__always)
    package static func allowed(_ label: UInt8, after previous: UInt8) -> Bool {
        !isInside(label) || (previous != 0 && typeIndex(previous) == typeIndex(label))
    }

    /// The label code of a text label such as "B-GPE" (nil when unknown; "O" is 0).
    package static func parse(_ text: Substring) -> UInt8? {
        if text == "O" { return 0 }
        guard text.count > 2, let type = EntityType(rawValue: String(text.dropFirst(2))) else { return nil }
        switch text.first {
        case "B": return begin(type)
        case "I": return inside(type)
        default: return nil
        }
    }
}

/// Per-token facts packed in a bit set, computed once per document.
package struct TokenFlags: OptionSet, Sendable {
    /// The bits.
    package var rawValue: UInt16
    /// A set from raw bits.
    package init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The first word of a sentence (its capital tells little).
    package static let sentenceInitial = TokenFlags(rawValue: 1 << 0)
    /// Starts with a capital letter, as presented to the model.
    package static let capitalized = TokenFlags(rawValue: 1 << 1)
    /// Two or more letters, all upper case, as written.
    package static let allCaps = TokenFlags(rawValue: 1 << 2)
    /// Has a letter or digit.
    package static let word = TokenFlags(rawValue: 1 << 3)
    /// Part of a Title Case headline whose case was normalised.
    package static let headline = TokenFlags(rawValue: 1 << 4)
    /// Part of an all-caps dateline ("WASHINGTON").
    package static let dateline = TokenFlags(rawValue: 1 << 5)
    /// Its lower-case form appears in lower case elsewhere in the document.
    package static let seenLower = TokenFlags(rawValue: 1 << 6)
    /// Appears capitalised elsewhere in the document, not at a sentence start.
    package static let seenCapitalizedMid = TokenFlags(rawValue: 1 << 7)
    /// Has a digit.
    package static let digit = TokenFlags(rawValue: 1 << 8)
    /// Inside quotation marks that opened in the same segment.
    package static let quoted = TokenFlags(rawValue: 1 << 9)
}

/// An article's bytes as they are built, with the count of its body words.
struct ScaleText {
    /// UTF-8 so far; reused from article to article.
    var bytes: [UInt8] = []
    /// Words of the body paragraphs so far.
    var words = 0

    /// Empties the buffer, keeping its storage.
    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        words = 0
    }

    /// Appends a paragraph of page text (headline, byline, furniture): not counted as body.
    mutating func line(_ text: String) {
        bytes += text.utf8
        bytes += Self.breakBytes
    }

    /// Appends a body paragraph of filled templates, separated by spaces.
    mutating func body(_ templates: [ScaleTemplate], _ slots: ScaleSlots) {
        for (i, template) in templates.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: " ")) }
            words += slots.fill(template, into: &bytes)
        }
        bytes += Self.breakBytes
    }

    /// Appends a body paragraph given as bytes (wire copy), with an optional prefix (a dateline).
    mutating func body(_ paragraph: [UInt8], prefix: String = "") {
        bytes += prefix.utf8
        bytes += paragraph
        words += 1 + paragraph.reduce(0) { $0 + ($1 == UInt8(ascii: " ") ? 1 : 0) }
        bytes += Self.breakBytes
    }

    /// A blank line between paragraphs.
    static let breakBytes = Array("\n\n".utf8)
}

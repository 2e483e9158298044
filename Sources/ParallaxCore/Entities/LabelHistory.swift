/// The label the tagger last gave each capitalised word earlier in the document
/// ("extended prediction history": a name tagged PERSON once is likely PERSON again).
package struct LabelHistory {
    /// Lower-case word hash → slot.
    private var index: KeyIndex
    /// Last non-O label code + 1 per slot (0: never tagged).
    private var labels: [UInt8]

    /// An empty history for a document of `count` tokens.
    package init(count: Int) {
        index = KeyIndex(count: count)
        labels = [UInt8](repeating: 0, count: index.capacity)
    }

    /// The history value for a word: 0 unseen, 1 seen as O, 2 + type index when tagged.
    @inline(__always)
    package func value(_ lowerHash: UInt64) -> UInt8 {
        let slot = index.find(lowerHash)
        return slot < 0 ? 0 : labels[slot]
    }

    /// Records the label given to a capitalised word.
    @inline(__always)
    package mutating func record(_ lowerHash: UInt64, label: UInt8) {
        let slot = index.insert(lowerHash)
        labels[slot] = label == 0 ? 1 : UInt8(2 + TagLabel.typeIndex(label))
    }
}

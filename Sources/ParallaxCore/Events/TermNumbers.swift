/// Term numbers by the 64-bit hash of a term: open addressing with linear probing.
///
/// The keys are hashes already, so a lookup is a mask and a probe or two, where a `Dictionary` would
/// hash every key again (SipHash); that is most of the cost of numbering tens of millions of words.
struct TermNumbers {
    private var keys: [UInt64]
    /// The number stored under each slot, or -1 for an empty slot.
    private var values: [Int32]
    private var mask: Int
    /// How many terms are numbered.
    private(set) var count = 0

    /// An empty table.
    init() {
        keys = Array(repeating: 0, count: 1_024)
        values = Array(repeating: -1, count: 1_024)
        mask = 1_023
    }

    /// The number of the term with this hash, numbering it `count` if it is new.
    mutating func number(_ hash: UInt64) -> (number: Int32, isNew: Bool) {
        if 2 * (count + 1) > keys.count { grow() }
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask
        while values[slot] >= 0 {
            if keys[slot] == hash { return (values[slot], false) }
            slot = (slot + 1) & mask
        }
        keys[slot] = hash
        values[slot] = Int32(count)
        count += 1
        return (values[slot], true)
    }

    /// Doubles the table, placing every entry again.
    private mutating func grow() {
        let (oldKeys, oldValues) = (keys, values)
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (key, value) in zip(oldKeys, oldValues) where value >= 0 {
            var slot = Int(truncatingIfNeeded: key ^ (key >> 32)) & mask
            while values[slot] >= 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }
}

/// Fills a `DocumentTokens` from segments and token ranges: case facts, document statistics,
/// case normalisation of headlines and datelines, hashes, affixes and gazetteer matches.
package struct DocumentBuilder {
    /// Phrase lists matched against the tokens.
    package let gazetteer: Gazetteer
    /// Lower-case frequency of words in training text.
    package let lowercase: LowercaseTable
    /// Entity phrases learned from the annotated corpora (may be empty).
    package let lexicon: Gazetteer

    /// A builder over the given resources.
    package init(gazetteer: Gazetteer, lowercase: LowercaseTable, lexicon: Gazetteer = Gazetteer()) {
        self.gazetteer = gazetteer
        self.lowercase = lowercase
        self.lexicon = lexicon
    }

    /// How a token is shown to the model.
    private enum Presentation: UInt8 { case asWritten, lower, title }

    /// Builds the document; `tokens[s]` are segment `s`'s ranges, `marks[s]` its `SentenceMarker` marks.
    /// A token written exactly like an earlier one takes that one's case facts and hashes instead of
    /// working them out again, unless `reusingRepeatedTokens` is false (the straightforward way, which
    /// gives the same document).
    package func build(_ segments: [TextSegment], tokens: [[Range<Int>]], marks: [[UInt8]],
                       reusingRepeatedTokens: Bool = true) -> DocumentTokens {
        let total = tokens.reduce(0) { $0 + $1.count }
        var doc = DocumentTokens()
        var sentence: Int32 = -1
        var segmentOf: [Int32] = [], starts: [Int32] = [], ends: [Int32] = [], sentences: [Int32] = []
        var flags: [TokenFlags] = [], lower: [UInt64] = []
        segmentOf.reserveCapacity(total); starts.reserveCapacity(total); ends.reserveCapacity(total)
        sentences.reserveCapacity(total); flags.reserveCapacity(total); lower.reserveCapacity(total)
        // Per token, the earlier token written the same way whose results it takes (-1: none).
        var repeats = [Int32](repeating: -1, count: total)
        var words = RepeatedWords(count: reusingRepeatedTokens ? total : 0,
                                  scalarCount: reusingRepeatedTokens ? segments.reduce(0) { $0 + $1.scalars.count } : 0)
        var t = 0
        for (s, ranges) in tokens.enumerated() {
            segments[s].scalars.withUnsafeBufferPointer { text in
                marks[s].withUnsafeBufferPointer { marks in
                    for (k, r) in ranges.enumerated() {
                        let mark = marks[k]
                        if k == 0 || mark & SentenceMarker.start != 0 { sentence += 1 }
                        segmentOf.append(Int32(s))
                        starts.append(Int32(r.lowerBound))
                        ends.append(Int32(r.upperBound))
                        sentences.append(sentence)
                        let initial = mark & SentenceMarker.initialWord != 0
                        let earlier = reusingRepeatedTokens ? words.earlier(text, r, token: t) : -1
                        if earlier >= 0 {
                            // The case facts but for the sentence start, and the lower-case hash, depend
                            // on the scalars alone.
                            var f = flags[earlier]
                            if initial { f.insert(.sentenceInitial) } else { f.remove(.sentenceInitial) }
                            flags.append(f)
                            lower.append(lower[earlier])
                            repeats[t] = Int32(earlier)
                        } else {
                            flags.append(Self.caseFlags(text, r, initial: initial))
                            var h = ScalarText.seed
                            for q in r { h = ScalarText.step(h, ScalarText.lower(text[q].value)) }
                            lower.append(h)
                        }
                        t += 1
                    }
                }
            }
        }
        doc.setPositions(segment: segmentOf, start: starts, end: ends, flags: flags)
        doc.sentence = sentences
        doc.lower = lower
        doc.lowerBucket = doc.lower.map { lowercase.bucket($0) }
        let caps = Self.allCapsSegments(segments, doc)
        DocumentStatistics.mark(&doc, skipping: { caps[$0] || segments[$0].kind == .headline })
        let presentation = present(segments, &doc, allCapsSegments: caps)
        hash(segments, &doc, presentation, repeats: repeats)
        CapitalizedRuns.mark(&doc)
        ContextAggregation.mark(&doc)
        doc.gazetteerMatches = GazetteerMatcher(gazetteer: gazetteer).match(doc)
        doc.lexiconMatches = GazetteerMatcher(gazetteer: lexicon).match(doc)
        return doc
    }

    /// Case facts of one token as written.
    private static func caseFlags(_ t: UnsafeBufferPointer<Unicode.Scalar>, _ r: Range<Int>, initial: Bool) -> TokenFlags {
        var f: TokenFlags = initial ? [.sentenceInitial] : []
        var upper = 0, lowerCount = 0
        var firstLetterUpper: Bool?
        for k in r {
            let c = t[k]
            if ScalarText.isDigit(c) { f.insert([.digit, .word]); continue }
            if ScalarText.isUpper(c) {
                upper += 1
                if firstLetterUpper == nil { firstLetterUpper = true }
                f.insert(.word)
            } else if ScalarText.isWordScalar(c) {
                if ScalarText.isLower(c) { lowerCount += 1 }
                if firstLetterUpper == nil { firstLetterUpper = false }
                f.insert(.word)
            }
        }
        if firstLetterUpper == true { f.insert(.capitalized) }
        if upper >= 2 && lowerCount == 0 { f.insert(.allCaps) }
        return f
    }

    /// Segments written entirely in capitals (three or more all-caps words, no lower-case word).
    private static func allCapsSegments(_ segments: [TextSegment], _ doc: DocumentTokens) -> [Bool] {
        var caps = [Int](repeating: 0, count: segments.count)
        var mixed = [Bool](repeating: false, count: segments.count)
        for i in 0..<doc.count where doc.flags[i].contains(.word) {
            let s = Int(doc.segment[i])
            if doc.flags[i].contains(.allCaps) { caps[s] += 1 } else if doc.length[i] > 1, !doc.flags[i].contains(.digit) { mixed[s] = true }
        }
        return (0..<segments.count).map { caps[$0] >= 3 && !mixed[$0] }
    }

    /// Decides each token's presented case and marks headline and dateline tokens.
    private func present(_ segments: [TextSegment], _ doc: inout DocumentTokens, allCapsSegments caps: [Bool]) -> [Presentation] {
        var out = [Presentation](repeating: .asWritten, count: doc.count)
        var i = 0
        while i < doc.count {
            let s = Int(doc.segment[i])
            let f = doc.flags[i]
            let common = f.contains(.seenLower) || doc.lowerBucket[i] >= 3
            if caps[s], f.contains(.allCaps) {
                out[i] = common ? .lower : .title
            } else if segments[s].kind == .headline {
                doc.flags[i].insert(.headline)
                if f.contains(.capitalized), !f.contains(.allCaps), common {
                    out[i] = .lower
                }
            }
            i += 1
        }
        markDatelines(segments, &doc, &out)
        for k in 0..<doc.count where out[k] == .lower {
            doc.flags[k].remove(.capitalized)
        }
        for k in 0..<doc.count where out[k] == .title {
            doc.flags[k].insert(.capitalized)
        }
        return out
    }

    /// An all-caps run opening a segment and followed by ",", "(" or a dash is a dateline place.
    private func markDatelines(_ segments: [TextSegment], _ doc: inout DocumentTokens, _ out: inout [Presentation]) {
        var i = 0
        while i < doc.count {
            let s = doc.segment[i]
            guard i == 0 || doc.segment[i - 1] != s else { i += 1; continue }
            var j = i
            while j < doc.count, doc.segment[j] == s, doc.flags[j].contains(.allCaps), doc.length[j] >= 2 { j += 1 }
            if j > i, j - i <= 4, j < doc.count, doc.segment[j] == s, doc.length[j] == 1 || doc.length[j] == 2,
               doc.flags[j].isDisjoint(with: .word) {
                for k in i..<j {
                    out[k] = .title
                    doc.flags[k].insert(.dateline)
                }
            }
            i = j + 1
        }
    }

    /// Computes presented hashes, shapes and affixes; a token with an earlier one in `repeats` presented
    /// the same way copies that one's (they depend only on the scalars and the presentation).
    private func hash(_ segments: [TextSegment], _ doc: inout DocumentTokens, _ how: [Presentation], repeats: [Int32]) {
        var exact = [UInt64](repeating: 0, count: doc.count)
        var shape = [UInt64](repeating: 0, count: doc.count)
        var affixes = [UInt64](repeating: 0, count: doc.count * DocumentTokens.affixCount)
        affixes.withUnsafeMutableBufferPointer { affixBuf in
            // Safe: token i's affixes occupy `affixCount` entries from `i * affixCount`, inside the buffer.
            let affixBase = affixBuf.baseAddress.unsafelyUnwrapped
            // Tokens come segment by segment: each segment's scalars are opened once.
            var i = 0
            while i < doc.count {
                let s = Int(doc.segment[i])
                segments[s].scalars.withUnsafeBufferPointer { text in
                    while i < doc.count, Int(doc.segment[i]) == s {
                        let earlier = Int(repeats[i])
                        if earlier >= 0, how[earlier] == how[i] {
                            exact[i] = exact[earlier]
                            shape[i] = shape[earlier]
                            // Safe: both tokens' affixes lie inside the buffer (see above); `earlier` < `i`.
                            (affixBase + i * DocumentTokens.affixCount)
                                .update(from: affixBase + earlier * DocumentTokens.affixCount, count: DocumentTokens.affixCount)
                        } else {
                            let (e, h) = TokenHasher.hash(text, Int(doc.start[i])..<Int(doc.end[i]), mode: how[i].rawValue,
                                                          affixes: affixBase + i * DocumentTokens.affixCount)
                            exact[i] = e
                            shape[i] = h
                        }
                        i += 1
                    }
                }
            }
        }
        doc.exact = exact
        doc.shape = shape
        doc.affixes = affixes
    }
}

import Testing
@testable import ParallaxCore

/// Documents that exercise the recogniser's fast paths: repeated words in every case and position,
/// headlines and all-caps datelines (other presentations of the same scalars), odd Unicode, empty
/// segments, and a long text.
private func fastPathDocuments() -> [[TextSegment]] {
    let body = "The minister said the plan, which the Minister of Finance backed, would pass. THE PLAN said \"The\" Plan."
    let odd = "Zoë Ñúñez and ZOË met İstanbul’s mayor — ΑΘΗΝΑ, Αθήνα; Москва and МОСКВА: naïve café, cafe\u{301}, e\u{301}; 🇫🇷 France 🇫🇷 France x\u{0}y"
    var long = ""
    for n in 0..<400 {
        long += ["Reuters", "reported", "that", "Acme Widgets Inc.", "said", "U.S.", "officials", "in", "Washington,", "D.C.", "met", "Mr.", "Okonjo", "and", "the", "U.N.", "—", "(AP)", "isn't", "Okonjo's"][n % 20]
        long += n % 37 == 0 ? ". " : " "
    }
    return [
        [],
        [TextSegment("", kind: .body)],
        [TextSegment("", kind: .headline), TextSegment("   ", kind: .body), TextSegment("Paris", kind: .body)],
        [TextSegment("The Plan Passes Senate As The Minister Looks On", kind: .headline),
         TextSegment("WASHINGTON, D.C. (Reuters) — " + body, kind: .body),
         TextSegment("PARIS — THE MINISTER SAID THE PLAN WOULD PASS IN PARIS", kind: .body),
         TextSegment(body, kind: .standfirst),
         TextSegment("By Jane Roe and JANE ROE", kind: .byline),
         TextSegment("(Reporting by Jane Roe; editing by John Doe)", kind: .credit)],
        [TextSegment(odd, kind: .headline), TextSegment(odd, kind: .body), TextSegment(odd.uppercased(), kind: .body)],
        [TextSegment(long, kind: .body), TextSegment(long.uppercased(), kind: .body), TextSegment(long.lowercased(), kind: .headline)],
    ]
}

/// The recogniser's tokens and marks for a document.
private func prepared(_ document: [TextSegment]) -> (tokens: [[Range<Int>]], marks: [[UInt8]]) {
    var tokens: [[Range<Int>]] = []
    var marks: [[UInt8]] = []
    for segment in document {
        var ranges: [Range<Int>] = []
        segment.scalars.withUnsafeBufferPointer { text in
            Tokenizer.tokenize(text, into: &ranges)
            marks.append(SentenceMarker.mark(text, ranges))
        }
        tokens.append(ranges)
    }
    return (tokens, marks)
}

/// Every field of two documents, compared.
private func expectSame(_ a: DocumentTokens, _ b: DocumentTokens) {
    #expect(a.count == b.count)
    #expect(a.segment == b.segment)
    #expect(a.sentence == b.sentence)
    #expect(a.start == b.start)
    #expect(a.end == b.end)
    #expect(a.lower == b.lower)
    #expect(a.exact == b.exact)
    #expect(a.shape == b.shape)
    #expect(a.affixes == b.affixes)
    #expect(a.flags.map(\.rawValue) == b.flags.map(\.rawValue))
    #expect(a.length == b.length)
    #expect(a.lowerBucket == b.lowerBucket)
    #expect(a.runFirst == b.runFirst)
    #expect(a.runLast == b.runLast)
    #expect(a.contextRanges == b.contextRanges)
    #expect(a.contextHashes == b.contextHashes)
    for (m, n) in [(a.gazetteerMatches, b.gazetteerMatches), (a.lexiconMatches, b.lexiconMatches)] {
        #expect(m.single == n.single)
        #expect(m.phrase == n.phrase)
        #expect(m.position == n.position)
    }
}

@Test func reusingRepeatedTokensBuildsTheSameDocument() throws {
    let builder = try EntityRecognizer.bundled().builder
    for document in fastPathDocuments() {
        let (tokens, marks) = prepared(document)
        let fast = builder.build(document, tokens: tokens, marks: marks)
        let plain = builder.build(document, tokens: tokens, marks: marks, reusingRepeatedTokens: false)
        expectSame(fast, plain)
    }
}

@Test func repeatedWordsFindOnlyTheSameScalars() {
    let text: [Unicode.Scalar] = Array("the The the THE th the e\u{301} \u{e9} e\u{301}".unicodeScalars)
    var ranges: [Range<Int>] = []
    text.withUnsafeBufferPointer { Tokenizer.tokenize($0, into: &ranges) }
    var words = RepeatedWords(count: ranges.count, scalarCount: text.count)
    var found: [Int] = []
    text.withUnsafeBufferPointer { buf in
        for (n, r) in ranges.enumerated() { found.append(words.earlier(buf, r, token: n)) }
    }
    #expect(found == [-1, -1, 0, -1, -1, 0, -1, -1, 6])
}

@Test func weightTableSumsAsADictionary() {
    var state: UInt64 = 7
    var keys: [UInt64] = [0, 1, 1 << 7, 2 << 7, 3 << 7, (1 << 43) | 5]
    for _ in 0..<5_000 {
        state = ScalarText.mix(state)
        keys.append(state)
    }
    var rows: [SIMD16<Int16>] = []
    var expected: [UInt64: SIMD16<Int32>] = [:]
    for (n, key) in keys.enumerated() {
        var row = SIMD16<Int16>.zero
        for l in 0..<TagLabel.count { row[l] = Int16(truncatingIfNeeded: (n * 31 + l * 7) % 2001 - 1000) }
        rows.append(row)
        // The table keeps the last row of a repeated stored key (0 and 1 share one).
        var wide = SIMD16<Int32>.zero
        for l in 0..<TagLabel.count { wide[l] = Int32(row[l]) }
        expected[key == 0 ? 1 : key] = wide
    }
    let table = WeightTable(keys: keys, rows: rows, scale: 0.5)
    var queries = keys
    for _ in 0..<20_000 {
        state = ScalarText.mix(state)
        queries.append(state)
    }
    for start in stride(from: 0, to: queries.count, by: 37) {
        let batch = Array(queries[start..<min(start + 45, queries.count)])
        var total = SIMD16<Int32>.zero
        for key in batch { total &+= expected[key == 0 ? 1 : key] ?? .zero }
        var want = SIMD16<Float>(repeating: 0)
        for l in 0..<TagLabel.count { want[l] = Float(total[l]) * 0.5 }
        #expect(batch.withUnsafeBufferPointer { table.scores($0) } == want)
    }
    #expect(table.scores(UnsafeBufferPointer(start: nil, count: 0)) == SIMD16<Float>(repeating: 0))
}

@Test func scalarDecodingMatchesTheStringsScalars() {
    let texts = ["", "a", "abcdefg", "abcdefgh", "abcdefghi", "Zoë Ñúñez — “quoted” 🇫🇷 x\u{0}y e\u{301}",
                 String(repeating: "plain ascii text, ", count: 40) + "é" + String(repeating: "more text ", count: 9),
                 "1234567€1234567😀12345678", String(repeating: "ß", count: 17)]
    for text in texts {
        #expect(ScalarStrings.scalars(of: text) == Array(text.unicodeScalars))
        var out: [Unicode.Scalar] = [" "]
        ScalarStrings.decode(text, into: &out)
        #expect(out == Array(text.unicodeScalars))
    }
}

@Test func featuresIntoABufferMatchTheArrayForm() throws {
    let recognizer = try EntityRecognizer.bundled()
    for document in fastPathDocuments() {
        let (tokens, marks) = prepared(document)
        let doc = recognizer.builder.build(document, tokens: tokens, marks: marks)
        let extractor = FeatureExtractor(doc: doc, gazetteer: recognizer.gazetteer)
        var keys: [UInt64] = []
        for i in 0..<doc.count {
            for (p1, p2, history) in [(UInt8(0), UInt8(0), UInt8(0)), (3, 0, 1), (4, 3, 5)] {
                extractor.features(at: i, previous: p1, p2, history: history, into: &keys)
                var buffer = [UInt64](repeating: 0, count: extractor.keyBound(at: i))
                let count = buffer.withUnsafeMutableBufferPointer {
                    extractor.features(at: i, previous: p1, p2, history: history, writingTo: $0.baseAddress!)
                }
                let written = Array(buffer[0..<count])
                #expect(written == keys)
            }
        }
    }
}

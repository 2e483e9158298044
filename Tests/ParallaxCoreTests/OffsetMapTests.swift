import Foundation
import Testing
@testable import ParallaxCore

/// Every displayed paragraph maps each of its characters back to the raw file.
struct OffsetMapTests {
    /// Raw scalars of a fixture file.
    static func rawScalars(_ url: URL) throws -> [Unicode.Scalar] {
        let bytes = try [UInt8](Data(contentsOf: url))
        return try FileDecoder.decode(bytes).get()
    }

    static let files: [URL] = {
        let fm = FileManager.default
        let folders = [TestSupport.corpusFolder, TestSupport.fixtures.appendingPathComponent("outlets")]
        return folders.flatMap { folder in
            ((try? fm.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []).sorted { $0.path < $1.path }
        }
    }()

    @Test(arguments: files)
    func everyParagraphScalarPointsAtTheSameScalarInTheRawFile(_ url: URL) throws {
        let raw = try Self.rawScalars(url)
        let corpus = try CorpusLoader(root: url.deletingLastPathComponent()).load()
        let article = try #require(corpus.articles.first { $0.path == url.lastPathComponent })
        for paragraph in article.paragraphs {
            let text = Array(paragraph.text.unicodeScalars)
            #expect(paragraph.offsets.count == text.count)
            for (i, scalar) in text.enumerated() {
                let at = paragraph.offsets.rawStart(i)
                #expect(paragraph.rawRange.contains(at), "\(url.lastPathComponent): offset outside its paragraph")
                if scalar == " " { continue }  // a joining space stands where a line break was
                let end = paragraph.offsets.rawEnd(i)
                if end - at == 1 { #expect(raw[at] == scalar, "\(url.lastPathComponent) @\(at)") }
            }
        }
    }

    @Test func hardWrappedLinesJoinWithOneSpaceAndKeepTheirOffsets() {
        let text = "Title of the story here\n\nThe minister said on Friday that the talks in Geneva would go\non for another week, and that   both sides had agreed to meet again in\nthe spring to look at the state of the deal they signed.\n"
        let article = TestSupport.parse(text)
        let raw = Array(text.unicodeScalars)
        for p in article.paragraphs {
            let scalars = Array(p.text.unicodeScalars)
            #expect(!p.text.contains("  "))
            for (i, s) in scalars.enumerated() where s != " " {
                #expect(raw[p.offsets.rawStart(i)] == s)
            }
            // A raw range maps back onto the same text.
            if let geneva = p.text.range(of: "Geneva") {
                let lo = p.text.unicodeScalars.distance(from: p.text.startIndex, to: geneva.lowerBound)
                let rawRange = p.offsets.rawRange(lo..<(lo + 6))
                #expect(String(String.UnicodeScalarView(raw[rawRange])) == "Geneva")
                #expect(p.offsets.textRange(rawRange) == lo..<(lo + 6))
            }
        }
    }

    @Test func aDecodedCharacterReferenceCoversItsWholeRawSpelling() {
        let text = "Headline of the piece\n\nAT&amp;T and Procter &amp; Gamble reported results.\n"
        let article = TestSupport.parse(text)
        guard let body = article.paragraphs.last else { Issue.record("no paragraphs"); return }
        let scalars = Array(body.text.unicodeScalars)
        let amp = scalars.firstIndex(of: "&") ?? 0
        let range = body.offsets.rawRange(amp..<(amp + 1))
        #expect(String(String.UnicodeScalarView(Array(text.unicodeScalars)[range])) == "&amp;")
    }
}

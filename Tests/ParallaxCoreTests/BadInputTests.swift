import Foundation
import Synchronization
import Testing
@testable import ParallaxCore

/// Bad files are reported and skipped; what loads is clean.
struct BadInputTests {
    @Test func unreadableBinaryAndEmptyFilesAreSkippedWithReasonsAndTheRestLoads() throws {
        let corpus = try TestSupport.load("bad")
        let reasons = Dictionary(uniqueKeysWithValues: corpus.skipped.map { ($0.path, $0.reason) })
        #expect(reasons["binary.txt"] == "binary file (not text)")
        #expect(reasons["empty.txt"] == "empty file")
        #expect(reasons["blank.md"] == "empty file")
        #expect(corpus.articles.map(\.path).sorted() == ["bom.txt", "crlf-escapes.txt"])
    }

    @Test func escapeSequencesAndControlsAreRemovedAndInvalidBytesShowAsReplacement() throws {
        let corpus = try TestSupport.load("bad")
        let article = try #require(corpus.articles.first { $0.path == "crlf-escapes.txt" })
        #expect(article.metadata.titleText == "Title With CRLF")
        let text = article.paragraphs.map(\.text).joined(separator: "\n")
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(!text.unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x1B || $0.value == 0x7 || $0 == "\r" })
        #expect(text.contains("Bad bytes: \u{FFFD}\u{FFFD} here."))
    }

    @Test func aByteOrderMarkDoesNotReachTheHeadline() throws {
        let article = try #require(try TestSupport.load("bad").articles.first { $0.path == "bom.txt" })
        #expect(article.metadata.titleText == "BOM Headline Here")
    }

    @Test func htmlCharacterReferencesAreDecodedAndStillCannotCarryControls() throws {
        let raw = "Markets &amp; Banks Fall\n\nShares of AT&amp;T fell &#8212; traders said &#x201C;sell&#x201D;.&#27;[2J&#7;\n"
        let article = TestSupport.parse(raw)
        #expect(article.metadata.titleText == "Markets & Banks Fall")
        let body = try #require(article.body.first)
        #expect(body.text == "Shares of AT&T fell — traders said “sell”.[2J")
        let scalars = Array(raw.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[body.rawRange])
        #expect(String(view) == "Shares of AT&amp;T fell &#8212; traders said &#x201C;sell&#x201D;.&#27;[2J",
                "the raw range covers the references as written")
        #expect(TestSupport.parse("Unknown &madeup; and &#xD800; and a lone & stay as written.\n").body.first?.text
                == "Unknown &madeup; and &#xD800; and a lone & stay as written.")
    }

    @Test func longLinesShapedLikeHeaderLinesAreBodyText() {
        let shapes = [
            "By " + String(repeating: "Aaa Bbb and ", count: 3_000) + "ccc1",
            String(repeating: "Jane Doe ", count: 400) + "in Washington",
            "Reporting by " + String(repeating: "Aaa Bbb, ", count: 3_000),
            "CNN's " + String(repeating: "Aaa ", count: 3_000) + "contributed to this report",
        ]
        for shape in shapes {
            let article = TestSupport.parse("Headline Here Now\n\n\(shape)\n\nBody text goes here.\n")
            #expect(article.metadata.byline == nil)
            #expect(article.metadata.outletName == nil)
            #expect(article.body.count == 2)
        }
    }

    @Test func loadingReportsItsProgressUpToEveryFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-progress-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for i in 0..<200 {
            try "Story \(i) Headline Here\n\nText of story \(i).\n".write(
                to: folder.appendingPathComponent("s\(i).txt"), atomically: true, encoding: .utf8)
        }
        let reports = Mutex<[CorpusLoader.Progress]>([])
        let corpus = try CorpusLoader(root: folder).load { progress in reports.withLock { $0.append(progress) } }
        let seen = reports.withLock { $0 }
        #expect(corpus.articles.count == 200)
        #expect(seen.first == .reading(done: 0, total: 200))
        #expect(seen.last == .grouping(articles: 200))
        let done = seen.compactMap { if case .reading(let d, _) = $0 { return d } else { return nil } }
        #expect(done == done.sorted() && done.count >= 3)
    }

    @Test func softHyphensAndZeroWidthSpacesDoNotReachTheText() {
        let article = TestSupport.parse("Head\u{AD}line Here Now\n\nAn ex\u{AD}tra\u{200B}ordinary sen\u{AD}tence.\n")
        #expect(article.metadata.titleText == "Headline Here Now")
        #expect(article.body.first?.text == "An extraordinary sentence.")
    }

    @Test func aHugeSingleLineLoadsAsOneParagraph() {
        let text = "Huge Line Test\n\n" + Array(repeating: "word", count: 200_000).joined(separator: " ") + ".\n"
        let article = TestSupport.parse(text)
        #expect(article.wordCount == 200_000)
        #expect(article.body.count == 1)
    }

    @Test func anUnreadableFileIsSkippedNotFatal() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-unreadable-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Readable Headline\n\nA body sentence.\n".write(to: folder.appendingPathComponent("ok.txt"), atomically: true, encoding: .utf8)
        // A dangling symlink cannot be read, whoever runs the test (root ignores file modes).
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("gone.txt").path,
                                                   withDestinationPath: folder.appendingPathComponent("missing").path)
        // A named pipe would block a plain read forever; a folder named like an article is walked into.
        #expect(mkfifo(folder.appendingPathComponent("pipe.txt").path, 0o600) == 0)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("folder.txt"), withIntermediateDirectories: true)
        try "Nested Headline Here\n\nNested body.\n".write(
            to: folder.appendingPathComponent("folder.txt/inner.md"), atomically: true, encoding: .utf8)
        let corpus = try CorpusLoader(root: folder).load()
        #expect(corpus.articles.map(\.path) == ["folder.txt/inner.md", "ok.txt"])
        let reasons = Dictionary(uniqueKeysWithValues: corpus.skipped.map { ($0.path, $0.reason) })
        #expect(reasons == ["gone.txt": "broken symbolic link", "pipe.txt": "not a regular file"])
    }

    @Test func theWalkSkipsHiddenEntriesAndDoesNotFollowLinksToFolders() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-walk-\(UUID().uuidString)")
        let fm = FileManager.default
        try fm.createDirectory(at: folder.appendingPathComponent("sub/deeper"), withIntermediateDirectories: true)
        try fm.createDirectory(at: folder.appendingPathComponent(".hidden"), withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: folder) }
        for name in ["UP.TXT", "sub/a.txt", "sub/deeper/b.md", ".secret.txt", ".hidden/c.txt", "notes.doc", "trailing."] {
            try "Headline\n\nBody.\n".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        // A link back to the folder would be a cycle; a link to a file is an article file like any other.
        try fm.createSymbolicLink(atPath: folder.appendingPathComponent("loop").path, withDestinationPath: folder.path)
        try fm.createSymbolicLink(atPath: folder.appendingPathComponent("loop.txt").path, withDestinationPath: folder.path)
        try fm.createSymbolicLink(atPath: folder.appendingPathComponent("alias.md").path,
                                  withDestinationPath: folder.appendingPathComponent("sub/a.txt").path)
        #expect(try CorpusLoader(root: folder).articlePaths() == ["UP.TXT", "alias.md", "sub/a.txt", "sub/deeper/b.md"])
    }

    @Test func aFileNameWithControlCharactersIsShownCleanAndStillFound() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-names-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let name = "bad\u{1B}[31mname\nline"
        try "Odd Name Headline\n\nA body sentence.\n".write(to: folder.appendingPathComponent(name + ".txt"), atomically: true, encoding: .utf8)
        let corpus = try CorpusLoader(root: folder).load()
        let article = try #require(corpus.articles.first)
        #expect(article.id == "bad[31mname line")
        #expect(article.path == name + ".txt", "scripts get the real path (JSON escapes it)")
        #expect(try corpus.resolve(name).id == article.id)
        #expect(try corpus.resolve(name + ".txt").id == article.id)
        #expect(!PlainText.list(corpus).unicodeScalars.contains { $0.value == 0x1B })
        #expect(!PlainText.article(article).unicodeScalars.contains { $0.value == 0x1B })
    }

    @Test func aMissingFolderIsAClearError() {
        #expect(throws: CorpusError.notAFolder(path: "/nonexistent/parallax")) {
            try CorpusLoader(root: URL(fileURLWithPath: "/nonexistent/parallax")).load()
        }
    }

    @Test func filesAreFoundRecursivelyInAStableOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-tree-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("b/c"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for path in ["b/c/z.md", "a.txt", "b/y.txt", "ignored.pdf", ".hidden.txt"] {
            try "Some Headline\n\nBody.\n".write(to: folder.appendingPathComponent(path), atomically: true, encoding: .utf8)
        }
        let paths = try CorpusLoader(root: folder).articlePaths()
        #expect(paths == ["a.txt", "b/c/z.md", "b/y.txt"])
        let corpus = try CorpusLoader(root: folder).load()
        #expect(corpus.article(id: "b/c/z")?.path == "b/c/z.md")
    }
}

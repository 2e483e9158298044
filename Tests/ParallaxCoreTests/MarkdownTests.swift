import Foundation
import Testing
@testable import ParallaxCore

/// `.md` articles read as their readers see them: markup gone, offsets still in the raw file.
struct MarkdownTests {
    static let story = """
    # Leaders agree on ceasefire talks in Geneva

    *By Jane Doe and John Roe*

    **GENEVA (Reuters)** — Leaders agreed on Friday to hold [ceasefire talks](https://example.org/talks) next week.

    > "We are *ready*," the envoy said.

    ![A photo of the leaders](https://example.org/photo.jpg)

    The plan_b file and 5 * 3 stay as written; `code` loses its ticks<br> and <https://example.org> its brackets.

    [1]: https://example.org/reference
    """

    @Test func markupIsRemovedAndMetadataIsReadThroughIt() {
        let article = TestSupport.parse(Self.story, path: "story.md")
        #expect(article.metadata.titleText == "Leaders agree on ceasefire talks in Geneva")
        #expect(article.metadata.byline?.value == "Jane Doe and John Roe")
        #expect(article.metadata.outletName == "Reuters")
        #expect(article.body.map(\.text) == [
            "GENEVA (Reuters) — Leaders agreed on Friday to hold ceasefire talks next week.",
            "\"We are ready,\" the envoy said.",
            "The plan_b file and 5 * 3 stay as written; code loses its ticks and https://example.org its brackets.",
        ])
        #expect(article.boilerplate.map(\.text) == ["A photo of the leaders"])
    }

    @Test func offsetsStillPointIntoTheRawFile() throws {
        let article = TestSupport.parse(Self.story, path: "story.md")
        let raw = Array(Self.story.unicodeScalars)
        let first = try #require(article.body.first)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: raw[first.rawRange])
        #expect(String(view).hasPrefix("GENEVA (Reuters)**"))
        #expect(String(view).hasSuffix("next week."))
    }

    @Test func aTextFileKeepsItsAsterisksAndBrackets() {
        let article = TestSupport.parse("Plain Headline Here\n\nA *starred* word and [brackets](here) stay in text files.\n", path: "a.txt")
        #expect(article.body.first?.text == "A *starred* word and [brackets](here) stay in text files.")
    }
}

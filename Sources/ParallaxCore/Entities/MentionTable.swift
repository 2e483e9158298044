/// Every article's mentions as linking reads them, in flat arrays with their texts interned: nine
/// bytes a mention instead of a `FoundMention` (about 60 bytes and a string of its own), which is
/// what lets an index link the 2.4 million mentions of 100,000 articles in a few tens of megabytes.
struct MentionTable {
    /// Start of each article's mentions; one more entry than articles.
    private(set) var starts: [Int] = [0]
    /// Each mention's text, as a number in `texts`.
    let textIDs = GrowingBuffer<Int32>(capacity: 1 << 12)
    /// Each mention's role (a number in `texts`), or -1.
    let roleIDs = GrowingBuffer<Int32>(capacity: 1 << 12)
    /// Each mention's recognised type (`EntityType.index`).
    let types = GrowingBuffer<UInt8>(capacity: 1 << 12)
    /// Each article's source, as a number in `sourceNames`.
    private(set) var sources: [Int32] = []
    /// Each article's event, or -1.
    var events: [Int32] = []
    /// Sources by number.
    private(set) var sourceNames: [String] = []
    private var sourceIDs: [String: Int32] = [:]
    /// Mention texts and roles.
    private(set) var texts = TextInterner()

    /// An empty table.
    init() {}

    /// The mentions of articles, in order.
    init(_ articles: [ArticleMentions]) {
        for article in articles {
            for m in article.mentions {
                let text = texts.intern(m.text)
                var role: Int32 = -1
                if let written = m.role { role = texts.intern(written) }
                append(text: text, role: role, type: m.type)
            }
            endArticle(source: article.source, event: article.event)
        }
    }

    /// Number of articles.
    var articleCount: Int { sources.count }

    /// Number of mentions.
    var mentionCount: Int { textIDs.count }

    /// Where article `a`'s mentions are.
    func range(_ a: Int) -> Range<Int> { starts[a]..<starts[a + 1] }

    /// Mention `m`'s recognised type.
    func type(_ m: Int) -> EntityType { EntityType.at(Int(types[m])) }

    /// Mention `m`'s text.
    func text(_ m: Int) -> String { texts.strings[Int(textIDs[m])] }

    /// Mention `m`'s role, if one was written.
    func role(_ m: Int) -> String? {
        let r = roleIDs[m]
        return r < 0 ? nil : texts.strings[Int(r)]
    }

    /// Article `a`'s event, if any.
    func event(_ a: Int) -> Int? { events[a] < 0 ? nil : Int(events[a]) }

    /// Adds a mention to the article being read.
    mutating func append(text: Int32, role: Int32, type: EntityType) {
        textIDs.append(text)
        roleIDs.append(role)
        types.append(UInt8(type.index))
    }

    /// Interns a text or role.
    mutating func intern(_ utf8: UnsafeBufferPointer<UInt8>) -> Int32 { texts.intern(utf8) }

    /// Ends the article being read: the mentions appended since the last article are its own.
    mutating func endArticle(source: String, event: Int?) {
        starts.append(textIDs.count)
        let id: Int32
        if let known = sourceIDs[source] {
            id = known
        } else {
            id = Int32(sourceNames.count)
            sourceIDs[source] = id
            sourceNames.append(source)
        }
        sources.append(id)
        events.append(event.map { Int32($0) } ?? -1)
    }

    /// Drops the mentions appended since the last article (bytes that turned out damaged).
    mutating func dropOpenArticle() {
        let start = starts[starts.count - 1]
        textIDs.truncate(to: start)
        roleIDs.truncate(to: start)
        types.truncate(to: start)
    }
}

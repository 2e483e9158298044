/// Identifies one entity linked across the corpus (an index into `EntityIndex.entities`).
public struct EntityID: Hashable, Sendable, Comparable, Codable {
    /// Position in `EntityIndex.entities`.
    public let rawValue: Int32

    /// Wraps a position.
    public init(_ rawValue: Int32) { self.rawValue = rawValue }

    /// Orders by position.
    public static func < (a: EntityID, b: EntityID) -> Bool { a.rawValue < b.rawValue }
}

/// One mention of an entity in an article, where it lies in the raw file.
public struct EntityMention: Sendable, Hashable {
    /// Half-open Unicode-scalar offsets in the raw file.
    public let rawRange: Range<Int>
    /// The mention as written (cleaned text of that slice).
    public let text: String
    /// The mention's type (a short form takes the type of the full name it completes).
    public let type: EntityType
    /// The linked entity.
    public let entity: EntityID

    /// Creates a mention.
    public init(rawRange: Range<Int>, text: String, type: EntityType, entity: EntityID) {
        self.rawRange = rawRange
        self.text = text
        self.type = type
        self.entity = entity
    }
}

/// An entity linked across the corpus: a canonical name, its type, the other ways it was written,
/// and how often each article mentions it.
public struct LinkedEntity: Sendable, Hashable, Identifiable {
    /// Its id.
    public let id: EntityID
    /// Canonical name (the fullest common form, e.g. `Annalena Baerbock`).
    public let name: String
    /// Its type.
    public let type: EntityType
    /// Other surface forms seen (`Baerbock`, `Analena Baerbock`), most frequent first.
    public let variants: [String]
    /// Mentions per article id.
    public let mentionCounts: [String: Int]

    /// Creates an entity.
    public init(id: EntityID, name: String, type: EntityType, variants: [String], mentionCounts: [String: Int]) {
        self.id = id
        self.name = name
        self.type = type
        self.variants = variants
        self.mentionCounts = mentionCounts
    }

    /// Mentions in all articles.
    public var totalMentions: Int { mentionCounts.values.reduce(0, +) }
}

/// Every entity of a corpus and every mention, by article.
public struct EntityIndex: Sendable, Equatable {
    /// Entities, indexed by `EntityID.rawValue`.
    public let entities: [LinkedEntity]
    /// Mentions per article id, sorted by raw start.
    private let mentionsByArticle: [String: [EntityMention]]
    /// Article ids per entity, in corpus order.
    private let articlesByEntity: [EntityID: [String]]

    /// Builds an index from linked entities and their mentions.
    public init(entities: [LinkedEntity], mentions: [String: [EntityMention]]) {
        self.entities = entities
        var sorted: [String: [EntityMention]] = [:]
        var byEntity: [EntityID: [String]] = [:]
        for (article, list) in mentions.sorted(by: { $0.key < $1.key }) {
            // Lists come sorted from linking; sorting a strictly increasing list would change nothing.
            let increasing = zip(list, list.dropFirst()).allSatisfy {
                ($0.rawRange.lowerBound, $0.rawRange.upperBound) < ($1.rawRange.lowerBound, $1.rawRange.upperBound)
            }
            sorted[article] = increasing ? list
                : list.sorted { ($0.rawRange.lowerBound, $0.rawRange.upperBound) < ($1.rawRange.lowerBound, $1.rawRange.upperBound) }
            var previous: EntityID?
            for id in list.map(\.entity).sorted() where id != previous {
                byEntity[id, default: []].append(article)
                previous = id
            }
        }
        mentionsByArticle = sorted
        articlesByEntity = byEntity
    }

    /// An index with nothing in it.
    public static let empty = EntityIndex(entities: [], mentions: [:])

    /// The entity with this id, if it exists.
    public func entity(_ id: EntityID) -> LinkedEntity? {
        let i = Int(id.rawValue)
        return entities.indices.contains(i) ? entities[i] : nil
    }

    /// An article's mentions, in text order.
    public func mentions(in articleID: String) -> [EntityMention] { mentionsByArticle[articleID] ?? [] }

    /// Articles that mention an entity, in path order.
    public func articles(mentioning id: EntityID) -> [String] { articlesByEntity[id] ?? [] }

    /// The entities that a set of articles mention, most mentioned first (then by name).
    public func entities(in articleIDs: [String]) -> [LinkedEntity] {
        var counts: [EntityID: Int] = [:]
        for article in articleIDs { for m in mentions(in: article) { counts[m.entity, default: 0] += 1 } }
        return counts.sorted { ($1.value, entity($0.key)?.name ?? "") < ($0.value, entity($1.key)?.name ?? "") }
            .compactMap { entity($0.key) }
    }
}

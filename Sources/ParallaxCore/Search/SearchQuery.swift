/// A parsed corpus-search query: words, phrases, exclusions and filters.
///
/// Produced by `QueryParser` from what the user typed (`okafor "two-state solution" -opinion
/// outlet:reuters date:2024-04..2024-05 entity:"Jane Okafor" type:person`) and run by the corpus
/// index. Words and phrases must all occur (AND); excluded words and phrases must not.
public struct SearchQuery: Sendable, Equatable {
    /// A word or phrase to look for, as typed (the index folds case and accents).
    public struct Term: Sendable, Equatable {
        /// The words, one for a bare word, several for a quoted phrase.
        public var words: [String]
        /// True for the last bare word while it is still being typed: it matches as a prefix.
        public var isPrefix: Bool

        /// Creates a term.
        public init(words: [String], isPrefix: Bool = false) {
            self.words = words
            self.isPrefix = isPrefix
        }
    }

    /// Words and phrases that must occur.
    public var terms: [Term] = []
    /// Words and phrases that must not occur (`-word`, `-"a phrase"`).
    public var excluded: [Term] = []
    /// `outlet:` values: the article's outlet must contain one of them (case and accents folded).
    public var outlets: [String] = []
    /// `date:` range, inclusive; a month or year stands for all its days.
    public var dates: ClosedRange<NewsDate>?
    /// `entity:` values: the article must mention an entity with each of these names (or variants).
    public var entities: [String] = []
    /// `type:` values: words, phrases and `entity:` values must be names of entities of one of these
    /// types (`jordan type:gpe` finds the country, not the person).
    public var types: [EntityType] = []

    /// An empty query.
    public init() {}

    /// True when the query asks for nothing (no words, phrases or filters).
    public var isEmpty: Bool {
        terms.isEmpty && excluded.isEmpty && outlets.isEmpty && dates == nil && entities.isEmpty && types.isEmpty
    }

    /// The fewest characters the word being typed needs before it is searched as a prefix: a one- or
    /// two-letter prefix expands to thousands of words and matches nearly every article, so it waits.
    public static let minimumPrefix = 3

    /// The word being typed when it is still too short to search (it is left out until it has
    /// `minimumPrefix` characters), else nil.
    public var waitingPrefix: String? {
        guard let last = terms.last, last.isPrefix, let word = last.words.last, word.count < Self.minimumPrefix else { return nil }
        return word
    }

    /// The query the index runs: this one without a word being typed that is still too short.
    public var searched: SearchQuery {
        guard waitingPrefix != nil else { return self }
        var query = self
        var last = query.terms.removeLast()
        last.words.removeLast()
        // The words before it in the same item (`two-s`) still count, now as whole words.
        if !last.words.isEmpty { query.terms.append(SearchQuery.Term(words: last.words)) }
        return query
    }
}

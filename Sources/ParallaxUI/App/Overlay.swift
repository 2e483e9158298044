import ParallaxCore

/// The one thing drawn over the screen, if any: help, the entities panel, or the text-input prompt.
public enum Overlay: Sendable, Equatable {
    /// The key help, scrolled.
    case help(scroll: Int)
    /// The entities panel.
    case entities(EntityPanelState)
    /// The search or filter prompt (the key table's text-input mode).
    case prompt(PromptState)
    /// The corpus search palette.
    case palette(PaletteState)
}

/// The entities panel: which entities it lists, for which articles, and the selection.
public struct EntityPanelState: Sendable, Equatable {
    /// What the panel covers.
    public enum Scope: Sendable, Equatable {
        /// The reader's article.
        case article(String)
        /// The compared event's articles.
        case event(String)
        /// The whole corpus (opened from the library; Enter filters the library).
        case corpus
    }

    /// What it covers.
    public var scope: Scope
    /// The articles whose counts are shown, one column each.
    public var articleIDs: [String]
    /// The entities listed, most mentioned first.
    public var entities: [EntityID]
    /// Selected row.
    public var selection = 0
    /// First visible row.
    public var scroll = 0
    /// The first source column shown when they do not all fit (←/→ move it).
    public var firstColumn = 0

    /// Creates a panel.
    public init(scope: Scope, articleIDs: [String], entities: [EntityID]) {
        self.scope = scope
        self.articleIDs = articleIDs
        self.entities = entities
    }
}

/// Which entity types are highlighted: all, or one; and whether highlighting is on.
public struct EntityHighlight: Sendable, Hashable {
    /// Highlighting on (`e` toggles).
    public var enabled = true
    /// The one type shown, or nil for all (`t` cycles).
    public var only: EntityType?

    /// Highlighting on, every type.
    public init() {}

    /// Whether mentions of a type are highlighted.
    public func shows(_ type: EntityType) -> Bool { enabled && (only == nil || only == type) }

    /// The next setting of `only`: all → PERSON → ORG → GPE → LOC → NORP → all.
    public mutating func cycle() {
        let all = EntityType.allCases
        if let only, let i = all.firstIndex(of: only) {
            self.only = i + 1 < all.count ? all[i + 1] : nil
        } else {
            only = all.first
        }
    }
}

import ParallaxCore
import Synchronization

/// Wrapped article bodies kept between frames: wrapping a long article on every key press would make
/// scrolling it slow, and the same few bodies (the reader's, the two panes') are drawn again and again.
final class BodyLayoutCache: Sendable {
    /// What a wrapped body depends on.
    struct Key: Hashable {
        let articleID: String
        /// Paragraph count and raw end: a reloaded corpus whose file changed gets a new layout.
        let paragraphs: Int
        let rawEnd: Int
        let width: Int
        let showBoilerplate: Bool
    }

    /// The cache the views share.
    static let shared = BodyLayoutCache(capacity: 8)

    private let capacity: Int
    private let entries = Mutex<(lines: [Key: [StyledLine]], order: [Key])>(([:], []))

    /// A cache holding at most `capacity` bodies.
    init(capacity: Int) { self.capacity = capacity }

    /// The wrapped body for an article at a width, made by `layout` when not cached.
    func body(of article: Article, width: Int, showBoilerplate: Bool, layout: () -> [StyledLine]) -> [StyledLine] {
        let key = Key(articleID: article.id, paragraphs: article.paragraphs.count,
                      rawEnd: article.paragraphs.last?.rawRange.upperBound ?? 0, width: width,
                      showBoilerplate: showBoilerplate)
        if let hit = entries.withLock({ cache -> [StyledLine]? in
            guard let lines = cache.lines[key] else { return nil }
            cache.order.removeAll { $0 == key }
            cache.order.append(key)
            return lines
        }) {
            return hit
        }
        let lines = layout()
        entries.withLock { cache in
            cache.lines[key] = lines
            cache.order.append(key)
            while cache.order.count > capacity {
                cache.lines[cache.order.removeFirst()] = nil
            }
        }
        return lines
    }
}

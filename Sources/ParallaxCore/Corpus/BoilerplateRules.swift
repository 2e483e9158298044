import Foundation

/// The kinds of page furniture that scrapers leave in article text.
public enum BoilerplateKind: String, Sendable, Equatable, Hashable, CaseIterable {
    /// "See also …", "Read more: …", "Related: …", "View 2 more stories".
    case relatedLinks = "related"
    /// "Share.", "Tweet", "Copy link", "Print".
    case sharing = "share"
    /// Newsletter and subscription prompts.
    case subscription = "subscribe"
    /// Comment forms: "Leave a Reply", "Your email address will not be published".
    case comments = "comments"
    /// Site navigation: "Skip to content", "Exit mobile version", "Latest updates".
    case navigation = "navigation"
    /// "Advertisement".
    case advertisement = "ad"
    /// Photo and video captions and credits: "FILE PHOTO: …", "Image source, Getty Images".
    case caption = "caption"
    /// Copyright notices and editorial-standards footers.
    case legal = "legal"
    /// Everything after a marker that ends the article ("Read the full article here").
    case trailer = "trailer"
}

/// Recognises page furniture by its shape, not by any particular site's wording.
///
/// Each rule is a pattern for a whole paragraph. Patterns are anchored and short paragraphs only,
/// so a sentence that merely mentions sharing or subscribing stays in the body.
public enum BoilerplateRules {
    /// One furniture pattern and how far it reaches.
    struct Rule {
        let kind: BoilerplateKind
        let regex: NSRegularExpression
        /// Whether everything after this paragraph is furniture too.
        let endsArticle: Bool
        /// Longest paragraph, in words, this rule may match.
        let maxWords: Int
        /// Lower-case text of which one must occur for the rule to match: a cheap test that spares
        /// running patterns that look anywhere in a paragraph on every paragraph.
        let needs: [String]
        /// The literal openings (or text anywhere) the pattern needs: tested before the pattern runs, so
        /// that a body paragraph costs a few byte comparisons instead of a regex call per rule.
        let cue: LiteralCue?
    }

    private static func rule(_ kind: BoilerplateKind, _ pattern: String, ends: Bool = false, max: Int = 25,
                             needs: [String] = [], cue: LiteralCue? = nil) -> Rule? {
        guard let re = try? NSRegularExpression(pattern: "^(?:" + pattern + ")$", options: [.caseInsensitive])
        else { return nil }
        return Rule(kind: kind, regex: re, endsArticle: ends, maxWords: max, needs: needs, cue: cue)
    }

    /// Longest paragraph (in words) that any rule may match; furniture is short.
    static let maxWords = 60

    /// The rules, tried in order; the first that matches names the kind.
    static let rules: [Rule] = [
        rule(.relatedLinks, #"(?:see|read) also\b.*"#,
             cue: LiteralCue(["see also", "read also"])),
        rule(.relatedLinks, #"(?:read|see|watch|listen|more|related|recommended|also read|must read|don't miss|editor'?s picks?|trending)(?: (?:more|now|stories|articles|coverage|this|next|here))?\s*[:|>»›\-–—].*"#,
             cue: LiteralCue(["read", "see", "watch", "listen", "more", "related", "recommended", "also read", "must read", "don't miss", "editor", "trending"])),
        rule(.relatedLinks, #"(?:view|see|show|load) (?:\d+ |all )?more(?: \w+){0,2}"#,
             cue: LiteralCue(["view", "see", "show", "load"])),
        rule(.relatedLinks, #"(?:more|related|recommended|top|popular|latest) (?:stories|articles|news|reads|videos|coverage|from [\w .&'-]{1,30})"#,
             cue: LiteralCue(["more", "related", "recommended", "top", "popular", "latest"])),
        rule(.relatedLinks, #"(?:most (?:read|popular|viewed|shared))(?: (?:from|on|in) [\p{L}\d .&'’\-]{1,40})?"#,
             cue: LiteralCue(["most "])),
        rule(.relatedLinks, #"(?:read next|up next|suggested topics|category|related stories|related articles|related content|more on this topic|what to read next)\s*:?"#,
             cue: LiteralCue(["read next", "up next", "suggested topics", "category", "related ", "more on this topic", "what to read next"])),
        rule(.navigation, #"(?:latest|live) (?:updates|news|headlines)"#,
             cue: LiteralCue(["latest ", "live "])),
        rule(.navigation, #"(?:skip (?:to (?:main )?content|advertisement|navigation)|exit mobile version|back to top|toggle (?:navigation|menu)|(?:main )?menu|search|home|close)"#, ends: false,
             cue: LiteralCue(["skip ", "exit mobile version", "back to top", "toggle ", "main menu", "menu", "search", "home", "close"])),
        rule(.navigation, #"(?:previous|next) (?:article|story|post)\b.*"#,
             cue: LiteralCue(["previous ", "next "])),
        rule(.sharing, #"(?:share(?: (?:this|on|via|article|story)\b.*)?|tweet|pin|email|print|copy (?:link|url)|facebook|twitter|linkedin|whatsapp|reddit)[.!:]?"#,
             cue: LiteralCue(["share", "tweet", "pin", "email", "print", "copy ", "facebook", "twitter", "linkedin", "whatsapp", "reddit"])),
        rule(.sharing, #"(?:share|tweet|email|print|facebook|twitter|linkedin|whatsapp|reddit|copy link)(?:\s*[|·•,/]\s*(?:share|tweet|email|print|facebook|twitter|x|linkedin|whatsapp|reddit|copy link))+"#,
             cue: LiteralCue(["share", "tweet", "email", "print", "facebook", "twitter", "linkedin", "whatsapp", "reddit", "copy link"])),
        rule(.subscription, #"(?:stay informed|sign up|subscribe|register|get (?:our|the) (?:free )?(?:newsletter|daily|morning|latest)|already (?:a subscriber|have an account)|log ?in|create (?:a free )?account|unlock (?:this|unlimited)|support (?:our|independent) journalism|become a (?:member|subscriber)|try \d+ days?|start (?:your )?free trial|get unlimited access)\b.*"#,
             cue: LiteralCue(["stay informed", "sign up", "subscribe", "register", "get ", "already ", "log", "create ", "unlock ", "support ", "become a ", "try ", "start "])),
        rule(.subscription, #".*\b(?:newsletters?|subscribers? only|free updates|subscribe now|sign up (?:here|now|for)|in your inbox)\b.*"#, max: 12,
             needs: ["newsletter", "subscriber", "free updates", "subscribe now", "sign up", "in your inbox"]),
        rule(.comments, #"(?:leave a (?:reply|comment)|post a comment|add a comment|join the (?:conversation|discussion)|cancel reply|\d+ comments?|comments?(?: \(\d+\))?|show comments|view comments)\b.*"#, ends: true,
             cue: LiteralCue(["leave a ", "post a comment", "add a comment", "join the ", "cancel reply", "comment", "show comments", "view comments"], digit: true)),
        rule(.comments, #"your email address will not be published.*|required fields are marked.*"#, ends: true,
             cue: LiteralCue(["your email address will not be published", "required fields are marked"])),
        rule(.advertisement, #"(?:advertisement|sponsored(?: content)?|ad|paid (?:content|post)|story continues(?: below)?(?: advertisement)?|continue reading below|scroll to continue.*|(?:video )?ad feedback)"#,
             cue: LiteralCue(["ad", "sponsored", "paid ", "story continues", "continue reading below", "scroll to continue", "video ad feedback"])),
        rule(.advertisement, #"advertisement\s*[·•|:\-–—].*"#, max: 8,
             cue: LiteralCue(["advertisement"])),
        rule(.sharing, #"(?:link copied!?|copied!|click to (?:share|print|email)\b.*|.*\(opens in new window\)|.*,? opens new tab)"#, max: 12,
             cue: LiteralCue(["link copied", "copied!", "click to "], anywhere: ["(opens in new window)", "opens new tab"])),
        rule(.sharing, #"follow (?:[\p{L}’'. ]{1,30}) (?:coverage|updates|live coverage)\b.*"#,
             cue: LiteralCue(["follow "])),
        rule(.legal, #"to contact the (?:reporters?|editors?|author) (?:on|responsible for|of) this story\b.*"#, ends: true, max: 40,
             cue: LiteralCue(["to contact the "])),
        rule(.trailer, #"(?:for more (?:articles|stories|news) like this|more stories like this are available on)\b.*"#, ends: true,
             cue: LiteralCue(["for more ", "more stories like this"])),
        rule(.legal, #"(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}))\s*.*"#, max: 20,
             cue: LiteralCue(["©", "(c)", "copyright"])),
        rule(.legal, #".*all rights reserved\.?"#, needs: ["all rights reserved"]),
        rule(.legal, #"our (?:standards|editorial standards|principles)\s*:.*"#,
             cue: LiteralCue(["our "])),
        rule(.legal, #"(?:this (?:article|story|content) (?:was|is|has been) (?:originally )?(?:published|produced|republished|reproduced)|originally published)\b.*"#,
             cue: LiteralCue(["this ", "originally published"])),
        rule(.trailer, #"(?:read|see|view|continue reading) (?:the )?(?:full|entire|original|complete|rest of the) (?:article|story|report|piece)(?: (?:here|at|on)\b.*)?[.!]?"#, ends: true,
             cue: LiteralCue(["read ", "see ", "view ", "continue reading "])),
        rule(.advertisement, #"(?:click|tap) here\b.*"#,
             cue: LiteralCue(["click here", "tap here"])),
        rule(.navigation, #"(?:(?:url|link|source|original(?: article)?)\s*:\s*)?<?(?:https?://|www\.)\S+"#,
             cue: LiteralCue(["url", "link", "source", "original", "<", "http", "www."])),
        rule(.navigation, #"[-*_=~•·]{3,}|(?:[-*_] ?){3,}"#,
             cue: LiteralCue(["-", "*", "_", "=", "~", "•", "·"])),
        rule(.caption, #"(?:file photo|photo|image|picture|video|watch|graphic|illustration|open this photo in gallery)\s*:.*"#, max: 60,
             cue: LiteralCue(["file photo", "photo", "image", "picture", "video", "watch", "graphic", "illustration", "open this photo in gallery"])),
        rule(.caption, #"image (?:source|caption)\s*,.*|\(photo(?:graph)?s? (?:by|credit|:)[^)]*\)\.?|(?:[\p{L}.\- ]+/)?(?:getty images|reuters graphics|ap photo|afp photo|shutterstock)(?:/[\p{L}.\- ]+)?\.?"#,
             cue: LiteralCue(["image ", "(photo"], anywhere: ["getty images", "reuters graphics", "ap photo", "afp photo", "shutterstock"])),
        rule(.caption, #".*\b(?:reuters|afp|ap|getty|epa|bloomberg)(?: via getty images)?/[\p{L}. '\-]+(?:/file(?: photo)?)?\.?"#,
             max: 60, needs: ["/"]),
        rule(.sharing, #"(?:save|saved|gift (?:this )?article|bookmark|listen(?: to this article)?|\d+ min(?:ute)?s? read|listen \(\d+ min\))[.!]?"#,
             cue: LiteralCue(["save", "gift ", "bookmark", "listen"], digit: true)),
        rule(.sharing, #"follow (?:us|\p{Lu}[\p{L}.'\- ]{1,40}) on (?:twitter|x|facebook|instagram|telegram|linkedin|threads|bluesky|google news)\b.*"#,
             cue: LiteralCue(["follow "])),
        rule(.subscription, #"get the latest\b.*|(?:follow|get) (?:the )?(?:latest|live) (?:news|updates|coverage)\b.*"#, max: 20,
             cue: LiteralCue(["get ", "follow "])),
        rule(.navigation, #"(?:related topics|explore more on these topics|more on (?:this|these) (?:story|topics?))(?:\s*:.*)?|(?:topics|tags|filed under)\s*:.*"#, ends: true, max: 15,
             cue: LiteralCue(["related topics", "explore more on these topics", "more on ", "topics", "tags", "filed under"])),
        rule(.trailer, #"\(?(?:end|ends|endit|###|-{2,}30-{2,}|-30-)\)?\.?"#, ends: true,
             cue: LiteralCue(["end", "(", "#", "-"])),
        rule(.legal, #"a version of this (?:article|story) (?:appears|appeared) in print\b.*"#, max: 60,
             cue: LiteralCue(["a version of this "])),
        rule(.navigation, #"(?:we use cookies|this (?:site|website) uses cookies|accept (?:all )?cookies|cookie (?:policy|settings|preferences)|manage (?:cookies|consent|preferences)|do not sell my personal information)\b.*"#, max: 40,
             cue: LiteralCue(["we use cookies", "this site", "this website", "accept ", "cookie ", "manage ", "do not sell my personal information"])),
        rule(.navigation, #"(?:please enable javascript|javascript is (?:disabled|required)|your browser (?:does not|doesn't|does n't) support)\b.*"#, max: 30,
             cue: LiteralCue(["please enable javascript", "javascript is ", "your browser "])),
        rule(.navigation, #"(?:loading(?:\.\.\.|…)?|please wait\.*|trending(?: now| stories| topics)?|sign in|sign out)"#,
             cue: LiteralCue(["loading", "please wait", "trending", "sign in", "sign out"])),
        rule(.navigation, #"(?:terms of (?:service|use)|privacy policy|contact us|about us|accessibility)(?:\s*[|·•,]\s*[\p{L} ]{2,30})*"#,
             cue: LiteralCue(["terms of ", "privacy policy", "contact us", "about us", "accessibility"])),
        rule(.subscription, #"(?:thank you for reading|thanks for reading|you(?:'ve|’ve| have) (?:reached|read) (?:your|all your|\d+)\b|(?:download|get) (?:the|our) (?:free )?(?:[\p{L}]+ ){0,3}app\b|subscribers? can\b)\b.*"#, max: 30,
             cue: LiteralCue(["thank you for reading", "thanks for reading", "you", "download ", "get ", "subscriber"])),
        rule(.legal, #"(?:why you can trust|reuse this content|reprints? (?:&|and) permissions|report an error|corrections? policy|editorial (?:guidelines|policy))\b.*"#,
             cue: LiteralCue(["why you can trust", "reuse this content", "reprint", "report an error", "correction", "editorial "])),
    ].compactMap { $0 }

    /// What each rule needs of a paragraph's length, first byte and literals, as plain values (reading a
    /// `Rule` copies its references): most rules are ruled out by these before anything else is looked at.
    struct Screen: Sendable {
        /// `Rule.maxWords`.
        let maxWords: Int
        /// The cue's first-byte test; nil when the rule has no cue or needs text anywhere.
        let opening: LiteralCue.Opening?
        /// The bits (in `NeedleSearch` masks) of `Rule.needs`; 0 when the rule needs nothing.
        let needsMask: UInt64
        /// The bits of the cue's `anywhere` literals.
        let anywhereMask: UInt64
    }

    /// Every literal that some rule needs (`Rule.needs`) or whose cue may find anywhere, each once: the
    /// position of a literal here is its bit in a `NeedleSearch` mask.
    static let needles: [String] = {
        var seen: [String] = []
        for rule in rules {
            for needle in rule.needs + (rule.cue?.anywhere ?? []) where !seen.contains(needle) { seen.append(needle) }
        }
        precondition(seen.count <= 64, "more than 64 boilerplate literals")
        return seen
    }()

    /// The mask of some of `needles`.
    private static func mask(_ literals: [String]) -> UInt64 {
        literals.reduce(0) { mask, literal in mask | (needles.firstIndex(of: literal).map { 1 << UInt64($0) } ?? 0) }
    }

    /// One screen per rule, in rule order.
    static let screens: [Screen] = rules.map { rule in
        Screen(maxWords: rule.maxWords, opening: rule.needs.isEmpty ? rule.cue?.opening : nil,
               needsMask: mask(rule.needs), anywhereMask: mask(rule.cue?.anywhere ?? []))
    }

    /// Searches for the literals of the rules that a paragraph of some length may still match, by the
    /// largest word count they allow, ascending: a paragraph of `n` words needs the first search whose
    /// limit is at least `n` (it holds the literals of every rule that allows `n` words).
    static let searches: [(maxWords: Int, search: NeedleSearch)] = {
        let limits = Set(rules.filter { !$0.needs.isEmpty || !($0.cue?.anywhere.isEmpty ?? true) }.map(\.maxWords)).sorted()
        return limits.map { limit in
            var literals: [String] = []
            for rule in rules where rule.maxWords >= limit { literals += rule.needs + (rule.cue?.anywhere ?? []) }
            return (limit, NeedleSearch(needles.enumerated().filter { literals.contains($0.element) }
                .map { (Array($0.element.utf8), 1 << UInt64($0.offset)) }))
        }
    }()

    /// Which of `needles` a paragraph of `words` words holds (`String.holds` of each, as bits), as far as
    /// a rule that allows that many words needs to know; other bits are 0.
    static func heldNeedles(_ text: String, words: Int) -> UInt64 {
        let searches = Self.searches
        guard let i = searches.firstIndex(where: { $0.maxWords >= words }) else { return 0 }
        var text = text
        return text.withUTF8 { searches[i].search.held(in: $0) }
    }

    /// Matches one paragraph against the furniture rules.
    static func match(_ text: String) -> Rule? {
        let trimmed = text.trimmed
        guard let first = trimmed.utf8.first else { return nil }
        let words = trimmed.spaceSeparatedCount(stoppingAbove: maxWords)
        guard words <= maxWords else { return nil }
        let folds = trimmed.foldsIntoASCII
        // Every literal the rules below may ask about, searched for in one pass.
        let held = heldNeedles(trimmed, words: words)
        // Measured in UTF-16 only for the few paragraphs that reach a pattern.
        var range: NSRange?
        let screens = Self.screens
        for i in screens.indices {
            let screen = screens[i]
            guard words <= screen.maxWords else { continue }
            // A text that folds into ASCII may match whatever it opens with.
            if !folds, let opening = screen.opening, !opening.mayAdmit(first: first) { continue }
            if screen.needsMask != 0, held & screen.needsMask == 0 { continue }
            // Read in place: copying a `Rule` retains all of its references.
            guard rules[i].cue?.admits(trimmed, folds: folds, heldAnywhere: held & screen.anywhereMask != 0) != false
            else { continue }
            let whole = range ?? NSRange(trimmed.startIndex..., in: trimmed)
            range = whole
            if rules[i].regex.firstMatch(in: trimmed, range: whole) != nil { return rules[i] }
        }
        return nil
    }

    /// Classifies a paragraph as furniture, returning its kind and whether the article ends there.
    public static func classify(_ text: String) -> (kind: BoilerplateKind, endsArticle: Bool)? {
        guard let rule = match(text) else { return nil }
        return (rule.kind, rule.endsArticle)
    }
}

/// Several literals searched for in one pass over a text's bytes, each as `String.holds` finds it (ASCII
/// letters in either case, other bytes exactly): what a paragraph holds of the boilerplate rules' literals,
/// found at once instead of one scan of the paragraph per literal.
struct NeedleSearch: Sendable {
    /// The literals' bytes with ASCII capitals folded, ordered by first byte.
    private let needles: [[UInt8]]
    /// Each literal's bit in the answer, in the order of `needles`.
    private let bits: [UInt64]
    /// Per folded byte value, the range of `needles` that start with it (256 entries, lower and upper).
    private let byFirst: [(Int32, Int32)]
    /// The bits of empty literals, which every text holds.
    private let empty: UInt64
    /// All the bits: once these are held, the search stops.
    private let all: UInt64

    /// A search for literals, each with its bit.
    init(_ literals: [(bytes: [UInt8], bit: UInt64)]) {
        let folded = literals.map { (bytes: $0.bytes.map(Self.fold), bit: $0.bit) }
        let sorted = folded.filter { !$0.bytes.isEmpty }.sorted { ($0.bytes[0], $0.bit) < ($1.bytes[0], $1.bit) }
        needles = sorted.map(\.bytes)
        bits = sorted.map(\.bit)
        var table = [(Int32, Int32)](repeating: (0, 0), count: 256)
        for (k, needle) in needles.enumerated() {
            let b = Int(needle[0])
            if table[b].1 == table[b].0 { table[b] = (Int32(k), Int32(k + 1)) } else { table[b].1 = Int32(k + 1) }
        }
        byFirst = table
        empty = folded.filter { $0.bytes.isEmpty }.reduce(0) { $0 | $1.bit }
        all = folded.reduce(0) { $0 | $1.bit }
    }

    /// The bits of the literals that the bytes hold.
    func held(in h: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var found = empty
        guard found != all else { return found }
        let n = h.count
        // One literal of one byte that is no letter (`/`): only that byte matches it.
        if needles.count == 1, needles[0].count == 1, !(0x61...0x7A).contains(needles[0][0]) {
            let byte = needles[0][0]
            return h.contains(byte) ? found | bits[0] : found
        }
        for i in 0..<n {
            let (lower, upper) = byFirst[Int(Self.fold(h[i]))]
            var j = Int(lower)
            while j < Int(upper) {
                let needle = needles[j]
                if found & bits[j] == 0, needle.count <= n - i {
                    var k = 1
                    while k < needle.count, Self.fold(h[i + k]) == needle[k] { k += 1 }
                    if k == needle.count {
                        found |= bits[j]
                        if found == all { return found }
                    }
                }
                j += 1
            }
        }
        return found
    }

    /// An ASCII capital's lower case; any other byte as it is.
    @inline(__always) private static func fold(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
}

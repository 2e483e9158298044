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
    }

    private static func rule(_ kind: BoilerplateKind, _ pattern: String, ends: Bool = false, max: Int = 25,
                             needs: [String] = []) -> Rule? {
        guard let re = try? NSRegularExpression(pattern: "^(?:" + pattern + ")$", options: [.caseInsensitive])
        else { return nil }
        return Rule(kind: kind, regex: re, endsArticle: ends, maxWords: max, needs: needs)
    }

    /// Longest paragraph (in words) that any rule may match; furniture is short.
    static let maxWords = 60

    /// The rules, tried in order; the first that matches names the kind.
    static let rules: [Rule] = [
        rule(.relatedLinks, #"(?:see|read) also\b.*"#),
        rule(.relatedLinks, #"(?:read|see|watch|listen|more|related|recommended|also read|must read|don't miss|editor'?s picks?|trending)(?: (?:more|now|stories|articles|coverage|this|next|here))?\s*[:|>»›\-–—].*"#),
        rule(.relatedLinks, #"(?:view|see|show|load) (?:\d+ |all )?more(?: \w+){0,2}"#),
        rule(.relatedLinks, #"(?:more|related|recommended|top|popular|latest) (?:stories|articles|news|reads|videos|coverage|from [\w .&'-]{1,30})"#),
        rule(.relatedLinks, #"(?:most (?:read|popular|viewed|shared))(?: (?:from|on|in) [\p{L}\d .&'’\-]{1,40})?"#),
        rule(.relatedLinks, #"(?:read next|up next|suggested topics|category|related stories|related articles|related content|more on this topic|what to read next)\s*:?"#),
        rule(.navigation, #"(?:latest|live) (?:updates|news|headlines)"#),
        rule(.navigation, #"(?:skip (?:to (?:main )?content|advertisement|navigation)|exit mobile version|back to top|toggle (?:navigation|menu)|(?:main )?menu|search|home|close)"#, ends: false),
        rule(.navigation, #"(?:previous|next) (?:article|story|post)\b.*"#),
        rule(.sharing, #"(?:share(?: (?:this|on|via|article|story)\b.*)?|tweet|pin|email|print|copy (?:link|url)|facebook|twitter|linkedin|whatsapp|reddit)[.!:]?"#),
        rule(.sharing, #"(?:share|tweet|email|print|facebook|twitter|linkedin|whatsapp|reddit|copy link)(?:\s*[|·•,/]\s*(?:share|tweet|email|print|facebook|twitter|x|linkedin|whatsapp|reddit|copy link))+"#),
        rule(.subscription, #"(?:stay informed|sign up|subscribe|register|get (?:our|the) (?:free )?(?:newsletter|daily|morning|latest)|already (?:a subscriber|have an account)|log ?in|create (?:a free )?account|unlock (?:this|unlimited)|support (?:our|independent) journalism|become a (?:member|subscriber)|try \d+ days?|start (?:your )?free trial|get unlimited access)\b.*"#),
        rule(.subscription, #".*\b(?:newsletters?|subscribers? only|free updates|subscribe now|sign up (?:here|now|for)|in your inbox)\b.*"#, max: 12,
             needs: ["newsletter", "subscriber", "free updates", "subscribe now", "sign up", "in your inbox"]),
        rule(.comments, #"(?:leave a (?:reply|comment)|post a comment|add a comment|join the (?:conversation|discussion)|cancel reply|\d+ comments?|comments?(?: \(\d+\))?|show comments|view comments)\b.*"#, ends: true),
        rule(.comments, #"your email address will not be published.*|required fields are marked.*"#, ends: true),
        rule(.advertisement, #"(?:advertisement|sponsored(?: content)?|ad|paid (?:content|post)|story continues(?: below)?(?: advertisement)?|continue reading below|scroll to continue.*|(?:video )?ad feedback)"#),
        rule(.advertisement, #"advertisement\s*[·•|:\-–—].*"#, max: 8),
        rule(.sharing, #"(?:link copied!?|copied!|click to (?:share|print|email)\b.*|.*\(opens in new window\)|.*,? opens new tab)"#, max: 12),
        rule(.sharing, #"follow (?:[\p{L}’'. ]{1,30}) (?:coverage|updates|live coverage)\b.*"#),
        rule(.legal, #"to contact the (?:reporters?|editors?|author) (?:on|responsible for|of) this story\b.*"#, ends: true, max: 40),
        rule(.trailer, #"(?:for more (?:articles|stories|news) like this|more stories like this are available on)\b.*"#, ends: true),
        rule(.legal, #"(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}))\s*.*"#, max: 20),
        rule(.legal, #".*all rights reserved\.?"#, needs: ["all rights reserved"]),
        rule(.legal, #"our (?:standards|editorial standards|principles)\s*:.*"#),
        rule(.legal, #"(?:this (?:article|story|content) (?:was|is|has been) (?:originally )?(?:published|produced|republished|reproduced)|originally published)\b.*"#),
        rule(.trailer, #"(?:read|see|view|continue reading) (?:the )?(?:full|entire|original|complete|rest of the) (?:article|story|report|piece)(?: (?:here|at|on)\b.*)?[.!]?"#, ends: true),
        rule(.advertisement, #"(?:click|tap) here\b.*"#),
        rule(.navigation, #"(?:(?:url|link|source|original(?: article)?)\s*:\s*)?<?(?:https?://|www\.)\S+"#),
        rule(.navigation, #"[-*_=~•·]{3,}|(?:[-*_] ?){3,}"#),
        rule(.caption, #"(?:file photo|photo|image|picture|video|watch|graphic|illustration|open this photo in gallery)\s*:.*"#, max: 60),
        rule(.caption, #"image (?:source|caption)\s*,.*|\(photo(?:graph)?s? (?:by|credit|:)[^)]*\)\.?|(?:[\p{L}.\- ]+/)?(?:getty images|reuters graphics|ap photo|afp photo|shutterstock)(?:/[\p{L}.\- ]+)?\.?"#),
        rule(.caption, #".*\b(?:reuters|afp|ap|getty|epa|bloomberg)(?: via getty images)?/[\p{L}. '\-]+(?:/file(?: photo)?)?\.?"#,
             max: 60, needs: ["/"]),
        rule(.sharing, #"(?:save|saved|gift (?:this )?article|bookmark|listen(?: to this article)?|\d+ min(?:ute)?s? read|listen \(\d+ min\))[.!]?"#),
        rule(.sharing, #"follow (?:us|\p{Lu}[\p{L}.'\- ]{1,40}) on (?:twitter|x|facebook|instagram|telegram|linkedin|threads|bluesky|google news)\b.*"#),
        rule(.subscription, #"get the latest\b.*|(?:follow|get) (?:the )?(?:latest|live) (?:news|updates|coverage)\b.*"#, max: 20),
        rule(.navigation, #"(?:related topics|explore more on these topics|more on (?:this|these) (?:story|topics?))(?:\s*:.*)?|(?:topics|tags|filed under)\s*:.*"#, ends: true, max: 15),
        rule(.trailer, #"\(?(?:end|ends|endit|###|-{2,}30-{2,}|-30-)\)?\.?"#, ends: true),
        rule(.legal, #"a version of this (?:article|story) (?:appears|appeared) in print\b.*"#, max: 60),
        rule(.navigation, #"(?:we use cookies|this (?:site|website) uses cookies|accept (?:all )?cookies|cookie (?:policy|settings|preferences)|manage (?:cookies|consent|preferences)|do not sell my personal information)\b.*"#, max: 40),
        rule(.navigation, #"(?:please enable javascript|javascript is (?:disabled|required)|your browser (?:does not|doesn't|does n't) support)\b.*"#, max: 30),
        rule(.navigation, #"(?:loading(?:\.\.\.|…)?|please wait\.*|trending(?: now| stories| topics)?|sign in|sign out)"#),
        rule(.navigation, #"(?:terms of (?:service|use)|privacy policy|contact us|about us|accessibility)(?:\s*[|·•,]\s*[\p{L} ]{2,30})*"#),
        rule(.subscription, #"(?:thank you for reading|thanks for reading|you(?:'ve|’ve| have) (?:reached|read) (?:your|all your|\d+)\b|(?:download|get) (?:the|our) (?:free )?(?:[\p{L}]+ ){0,3}app\b|subscribers? can\b)\b.*"#, max: 30),
        rule(.legal, #"(?:why you can trust|reuse this content|reprints? (?:&|and) permissions|report an error|corrections? policy|editorial (?:guidelines|policy))\b.*"#),
    ].compactMap { $0 }

    /// Matches one paragraph against the furniture rules.
    static func match(_ text: String) -> Rule? {
        let trimmed = text.trimmed
        guard !trimmed.isEmpty else { return nil }
        let words = trimmed.split(separator: " ").count
        guard words <= maxWords else { return nil }
        let range = NSRange(trimmed.startIndex..., in: trimmed)
        return rules.first { rule in
            words <= rule.maxWords && (rule.needs.isEmpty || rule.needs.contains { trimmed.holds($0) })
                && rule.regex.firstMatch(in: trimmed, range: range) != nil
        }
    }

    /// Classifies a paragraph as furniture, returning its kind and whether the article ends there.
    public static func classify(_ text: String) -> (kind: BoilerplateKind, endsArticle: Bool)? {
        guard let rule = match(text) else { return nil }
        return (rule.kind, rule.endsArticle)
    }
}

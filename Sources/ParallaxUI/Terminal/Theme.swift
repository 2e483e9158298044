/// What a piece of the screen means, so that a theme can decide how it looks.
public enum Role: Sendable, Hashable, CaseIterable {
    case text, titleBar, statusBar, statusError, statusInfo, hintKey
    case eventHeader, keyword, outlet, date, unknown, headline, firstWords, count
    case selection, paneHeader, paneHeaderFocused, divider, rule, meta, boilerplate
    case helpBorder, helpKey, helpSection, notice
    case legendOff, panelHeader
}

/// Maps semantic roles to styles; `NO_COLOR` drops colours and keeps attributes.
public struct Theme: Sendable {
    private let styles: [Role: Style]
    private let patches: [DecorationKind: StylePatch]

    /// Creates a theme from a role table and a decoration table; what is not listed is drawn plain.
    public init(_ styles: [Role: Style], decorations: [DecorationKind: StylePatch] = [:]) {
        self.styles = styles
        patches = decorations
    }

    /// The style for a role.
    public func style(_ role: Role) -> Style { styles[role] ?? .plain }

    /// The patch a decoration merges over the text's style.
    public func patch(_ kind: DecorationKind) -> StylePatch { patches[kind] ?? StylePatch() }

    /// The default colour theme.
    public static let standard = Theme([
        .titleBar: Style(fg: .black, bg: .cyan, bold: true),
        .statusBar: Style(fg: .white, bg: .blue),
        .statusError: Style(fg: .white, bg: .red, bold: true),
        .statusInfo: Style(fg: .black, bg: .yellow),
        .hintKey: Style(fg: .yellow, bg: .blue, bold: true),
        .eventHeader: Style(fg: .magenta, bold: true),
        .keyword: Style(fg: .magenta),
        .outlet: Style(fg: .cyan, bold: true),
        .date: Style(fg: .green),
        .unknown: Style(dim: true),
        .headline: Style(bold: true),
        .firstWords: Style(dim: true),
        .count: Style(fg: .yellow),
        .selection: Style(reverse: true),
        .paneHeader: Style(fg: .white, bg: .brightBlack),
        .paneHeaderFocused: Style(fg: .black, bg: .cyan, bold: true),
        .divider: Style(fg: .brightBlack),
        .rule: Style(fg: .brightBlack),
        .meta: Style(fg: .green),
        .boilerplate: Style(fg: .red, dim: true),
        .helpBorder: Style(fg: .cyan, bold: true),
        .helpKey: Style(fg: .yellow, bold: true),
        .helpSection: Style(fg: .cyan, bold: true, underline: true),
        .notice: Style(fg: .yellow, bold: true),
        .legendOff: Style(dim: true),
        .panelHeader: Style(fg: .cyan, bold: true, underline: true),
    ], decorations: [
        .entity(.person): StylePatch(fg: .brightYellow),
        .entity(.org): StylePatch(fg: .brightCyan),
        .entity(.gpe): StylePatch(fg: .brightGreen),
        .entity(.loc): StylePatch(fg: .brightBlue),
        .entity(.norp): StylePatch(fg: .brightMagenta),
        .searchMatch: StylePatch(bg: .blue, underline: true),
        .currentMatch: StylePatch(bold: true, reverse: true),
        .alignedPassage: StylePatch(bg: .brightBlack),
        .currentMention: StylePatch(bold: true, reverse: true),
    ])

    /// The theme without colours, for `NO_COLOR`: highlights stay visible through attributes.
    public static let monochrome = Theme([
        .titleBar: Style(bold: true, reverse: true),
        .statusBar: Style(reverse: true),
        .statusError: Style(bold: true, reverse: true),
        .statusInfo: Style(bold: true, reverse: true),
        .hintKey: Style(bold: true, reverse: true),
        .eventHeader: Style(bold: true),
        .keyword: Style(underline: true),
        .outlet: Style(bold: true),
        .unknown: Style(dim: true),
        .headline: Style(bold: true),
        .firstWords: Style(dim: true),
        .selection: Style(reverse: true),
        .paneHeader: Style(underline: true),
        .paneHeaderFocused: Style(bold: true, reverse: true),
        .boilerplate: Style(dim: true),
        .helpBorder: Style(bold: true),
        .helpKey: Style(bold: true),
        .helpSection: Style(bold: true, underline: true),
        .notice: Style(bold: true),
        .legendOff: Style(dim: true),
        .panelHeader: Style(bold: true, underline: true),
    ], decorations: [
        // Without colour, entity types differ by attributes: PERSON bold, ORG underline, GPE both,
        // LOC underline + dim, NORP dim. A search match is reversed; the current mention reversed and bold.
        .entity(.person): StylePatch(bold: true),
        .entity(.org): StylePatch(underline: true),
        .entity(.gpe): StylePatch(bold: true, underline: true),
        .entity(.loc): StylePatch(dim: true, underline: true),
        .entity(.norp): StylePatch(dim: true),
        .searchMatch: StylePatch(reverse: true),
        .currentMatch: StylePatch(bold: true, underline: true, reverse: true),
        .alignedPassage: StylePatch(underline: true),
        .currentMention: StylePatch(bold: true, underline: true, reverse: true),
    ])

    /// The theme for an environment: monochrome when `NO_COLOR` is set to anything non-empty.
    public static func forEnvironment(_ env: [String: String]) -> Theme {
        if let value = env["NO_COLOR"], !value.isEmpty { return .monochrome }
        return .standard
    }
}

extension Theme {
    /// Whether any role uses a colour (false for the monochrome theme).
    public var usesColor: Bool {
        Role.allCases.contains { style($0).fg != nil || style($0).bg != nil }
            || patches.values.contains { $0.fg != nil || $0.bg != nil }
    }
}

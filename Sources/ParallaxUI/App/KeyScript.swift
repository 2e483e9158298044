/// Parses key scripts such as `"j j Enter c Tab ]"` for screenshots and tests.
public enum KeyScript {
    /// Named keys; anything else of one character is that character, `C-x` is Ctrl-x.
    static let names: [String: Key] = [
        "Enter": .enter, "Esc": .escape, "Tab": .tab, "BTab": .backTab, "Space": .char(" "), "Up": .up,
        "Down": .down, "Left": .left, "Right": .right, "PgUp": .pageUp, "PgDn": .pageDown, "Home": .home, "End": .end,
    ]

    /// The keys of a script; unknown words are an error naming the word.
    public static func parse(_ script: String) throws(KeyScriptError) -> [Key] {
        try script.split(separator: " ").map { word throws(KeyScriptError) -> Key in
            if let key = names[String(word)] { return key }
            if word.count == 1, let c = word.first { return .char(c) }
            if word.hasPrefix("C-"), word.count == 3, let c = word.last { return .ctrl(c) }
            throw KeyScriptError.unknownKey(String(word))
        }
    }
}

/// A key script that cannot be parsed.
public enum KeyScriptError: Error, CustomStringConvertible {
    /// A word that names no key.
    case unknownKey(String)

    /// One-line message.
    public var description: String {
        switch self { case .unknownKey(let w): return "unknown key '\(w)' (use Enter, Esc, Tab, Space, C-d, or one character)" }
    }
}

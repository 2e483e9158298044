import Testing
@testable import ParallaxUI

/// One key table feeds handling, hints and help, so they cannot disagree.
struct KeyMapTests {
    @Test(arguments: [
        (Key.char("j"), Screen.library, Action.moveDown), (.down, .reader, .moveDown), (.char("G"), .compare, .goBottom),
        (.ctrl("d"), .reader, .halfPageDown), (.char(" "), .reader, .pageDown), (.char("b"), .reader, .pageUp),
        (.enter, .library, .openSelected), (.char("c"), .reader, .openCompare), (.tab, .compare, .focusNextPane),
        (.char("]"), .compare, .flipNext), (.char("["), .compare, .flipPrevious), (.char("Q"), .compare, .quit),
        (.escape, .reader, .back), (.char("?"), .compare, .toggleHelp), (.char("x"), .reader, .toggleBoilerplate),
    ])
    func keysTriggerTheirActions(key: Key, screen: Screen, action: Action) {
        #expect(KeyMap.standard.action(for: key, on: screen) == action)
    }

    @Test func compareKeysDoNothingInTheLibrary() {
        #expect(KeyMap.standard.action(for: .char("]"), on: .library) == nil)
        #expect(KeyMap.standard.action(for: .tab, on: .reader) == nil)
    }

    @Test func everyBindingAppearsInHelp() {
        let help = KeyMap.standard.helpSections().flatMap(\.rows).map(\.text)
        for binding in KeyMap.standard.bindings {
            #expect(help.contains(binding.description))
        }
    }

    @Test func hintsNameKeysThatWork() {
        for screen in [Screen.library, .reader, .compare] {
            for hint in KeyMap.standard.hints(for: screen) {
                let binding = KeyMap.standard.bindings.first { $0.hint == hint.label }
                #expect(binding != nil)
                if let key = binding?.keys.first {
                    #expect(KeyMap.standard.action(for: key, on: screen) == binding?.action)
                }
            }
        }
    }
}

/// Entity keys and the overlay's own key context.
struct EntityKeyTests {
    @Test(arguments: [
        (Key.char("e"), Screen.reader, Action.toggleEntityHighlight), (.char("t"), .compare, .cycleEntityTypes),
        (.char("i"), .library, .openEntityPanel), (.char("*"), .compare, .nextMention), (.char("#"), .reader, .previousMention),
    ])
    func entityKeysTriggerTheirActions(key: Key, screen: Screen, action: Action) {
        #expect(KeyMap.standard.action(for: key, on: screen) == action)
    }

    @Test func anOpenPanelTakesMovementAndEnterAndNothingElse() throws {
        var state = try UITestSupport.loadedState()
        _ = reduce(&state, .openEntityPanel)
        #expect(KeyMap.standard.action(for: .enter, in: state) == .openSelected)
        #expect(KeyMap.standard.action(for: .char("j"), in: state) == .moveDown)
        #expect(KeyMap.standard.action(for: .char("c"), in: state) == nil)
        #expect(KeyMap.standard.action(for: .char("i"), in: state) == nil)
        #expect(KeyMap.standard.action(for: .escape, in: state) == .back)
    }
}

/// The key table's text-input mode: what the prompt does with keys.
struct TextInputKeyTests {
    @Test func printableKeysInsertAndEditingKeysEdit() throws {
        var state = try UITestSupport.loadedState()
        _ = reduce(&state, .startSearch)
        #expect(KeyMap.standard.action(for: .char("q"), in: state) == .insertText("q"))
        #expect(KeyMap.standard.action(for: .char("?"), in: state) == .insertText("?"))
        #expect(KeyMap.standard.action(for: .char("é"), in: state) == .insertText("é"))
        #expect(KeyMap.standard.action(for: .char("中"), in: state) == .insertText("中"))
        #expect(KeyMap.standard.action(for: .ctrl("w"), in: state) == .deleteWord)
        #expect(KeyMap.standard.action(for: .ctrl("u"), in: state) == .deleteToStart)
        #expect(KeyMap.standard.action(for: .backspace, in: state) == .deleteBackward)
        #expect(KeyMap.standard.action(for: .escape, in: state) == .cancelPrompt)
        #expect(KeyMap.standard.action(for: .enter, in: state) == .submitPrompt)
        #expect(KeyMap.standard.action(for: .ctrl("c"), in: state) == .quit)
        #expect(KeyMap.standard.action(for: .char("\u{7}"), in: state) == nil)
    }

    @Test func theModesKeysAreHintedAndInHelp() {
        let hints = KeyMap.standard.hints(contexts: [.textInput]).map(\.label)
        #expect(hints == ["keep", "cancel", "history"])
        let help = KeyMap.standard.helpSections()
        #expect(help.contains { $0.title == KeyContext.textInput.rawValue && $0.rows.contains { $0.keys == "Ctrl-w" } })
    }
}

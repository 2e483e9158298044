import Foundation
import Synchronization

/// Finds PERSON/ORG/GPE/LOC/NORP mentions. Immutable and thread-safe: call it from many threads at once.
public final class EntityRecognizer: Sendable {
    /// The trained weights.
    package let weights: WeightTable
    /// Phrase lists used as features.
    package let gazetteer: Gazetteer
    /// Lower-case frequencies of words in training text.
    package let lowercase: LowercaseTable
    /// Entity phrases learned from the annotated corpora, with type, frequency and ambiguity codes.
    package let lexicon: Gazetteer

    /// A recogniser from decoded parts.
    package init(model: ModelFile.Contents, gazetteer: Gazetteer, lexicon: Gazetteer = Gazetteer()) {
        weights = model.weights
        lowercase = model.lowercase
        self.gazetteer = gazetteer
        self.lexicon = lexicon
    }

    /// The bundled recogniser while anyone holds it (held weakly: about 40 MB, let go when its last user
    /// does), or why it could not be loaded (remembered: the resources are not read again).
    private struct Bundled {
        weak var recognizer: EntityRecognizer?
        var failure: EntityError?
    }
    private static let bundledState = Mutex(Bundled())

    /// The recogniser with the bundled model and gazetteer: one instance shared by everyone holding it,
    /// loaded again only after all of them let it go. Throws EntityError (one-line description) if the
    /// resources are missing or corrupt — never crashes.
    public static func bundled() throws(EntityError) -> EntityRecognizer {
        let outcome = bundledState.withLock { state -> Result<EntityRecognizer, EntityError> in
            if let held = state.recognizer { return .success(held) }
            if let failure = state.failure { return .failure(failure) }
            do throws(EntityError) {
                let model = try ResourceLocator.entityFile("ner-model.bin")
                let gazetteer = try ResourceLocator.entityFile("gazetteer.tsv")
                let lexicon = try ResourceLocator.entityFile("lexicon.tsv")
                let made = try load(model: model, gazetteer: gazetteer, lexicon: lexicon)
                state.recognizer = made
                return .success(made)
            } catch {
                state.failure = error
                return .failure(error)
            }
        }
        return try outcome.get()
    }

    /// A recogniser from a model file, a gazetteer file and the name lexicon the model was trained with.
    package static func load(model: URL, gazetteer: URL, lexicon: URL? = nil) throws(EntityError) -> EntityRecognizer {
        let contents = try ModelFile.decode(ResourceLocator.read(model), path: model.path)
        let gaz = Gazetteer(tsv: try ResourceLocator.read(gazetteer))
        let lex = try lexicon.map { url throws(EntityError) in Gazetteer(tsv: try ResourceLocator.read(url)) } ?? Gazetteer()
        return EntityRecognizer(model: contents, gazetteer: gaz, lexicon: lex)
    }

    /// All mentions in one document (an article's segments in reading order; document-level evidence is shared between segments).
    public func recognize(_ document: [TextSegment]) -> [RecognizedSpan] {
        var tokens: [[Range<Int>]] = []
        var marks: [[UInt8]] = []
        tokens.reserveCapacity(document.count)
        for segment in document {
            var ranges: [Range<Int>] = []
            ranges.reserveCapacity(segment.scalars.count / 5)
            segment.scalars.withUnsafeBufferPointer { text in
                Tokenizer.tokenize(text, into: &ranges)
                marks.append(SentenceMarker.mark(text, ranges))
            }
            tokens.append(ranges)
        }
        let doc = builder.build(document, tokens: tokens, marks: marks)
        return tag(doc).map { span in
            RecognizedSpan(segment: Int(doc.segment[span.start]),
                           range: Int(doc.start[span.start])..<Int(doc.end[span.end - 1]),
                           type: EntityType.at(span.type))
        }
    }

    /// The builder that prepares documents for this recogniser's model.
    package var builder: DocumentBuilder { DocumentBuilder(gazetteer: gazetteer, lowercase: lowercase, lexicon: lexicon) }

    /// Tags a prepared document and applies the span rules.
    package func tag(_ doc: DocumentTokens) -> [TokenSpan] {
        let labels = TagDecoder.decode(doc, gazetteer: gazetteer, scorer: weights)
        return SpanRules.apply(TokenSpan.spans(labels, segments: doc.sentence), doc, gazetteer: gazetteer)
    }
}

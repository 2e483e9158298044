import Foundation

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

    /// The outcome of loading the bundled resources, computed once per process.
    private static let shared: Result<EntityRecognizer, EntityError> = Result { () throws(EntityError) -> EntityRecognizer in
        let model = try ResourceLocator.entityFile("ner-model.bin")
        let gazetteer = try ResourceLocator.entityFile("gazetteer.tsv")
        let lexicon = try ResourceLocator.entityFile("lexicon.tsv")
        return try load(model: model, gazetteer: gazetteer, lexicon: lexicon)
    }

    /// The recogniser with the bundled model and gazetteer, loaded once per process. Throws EntityError
    /// (one-line description) if the resources are missing or corrupt — never crashes.
    public static func bundled() throws(EntityError) -> EntityRecognizer {
        try shared.get()
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

/// `parallax entities` without `--json`: a table per article, then a summary of the corpus.
public enum EntityText {
    /// Per article: entity, type, mentions and variants; then entity counts by type and the most cited.
    public static func report(_ corpus: Corpus, key: (Article) -> String = { $0.path }) -> String {
        var out = ""
        for article in corpus.articles {
            out += "# " + TextSanitizer.displaySafe(key(article)) + "\n"
            let mentions = corpus.entities.mentions(in: article.id)
            var counts: [EntityID: Int] = [:]
            for m in mentions { counts[m.entity, default: 0] += 1 }
            let rows = counts.compactMap { id, n in corpus.entities.entity(id).map { ($0, n) } }
                .sorted { ($1.1, $0.0.name) < ($0.1, $1.0.name) }
            if rows.isEmpty { out += "  (no entities)\n" }
            for (entity, n) in rows {
                out += row([entity.name, entity.type.rawValue, "\(n)", entity.variants.joined(separator: ", ")])
            }
            out += "\n"
        }
        return out + summary(corpus)
    }

    /// Entities by type, and the ten mentioned by the most articles.
    static func summary(_ corpus: Corpus) -> String {
        let index = corpus.entities
        var out = "# corpus: \(corpus.articles.count) articles, \(index.entities.count) entities"
        let byType = EntityType.allCases.map { type in "\(type.rawValue) \(index.entities.filter { $0.type == type }.count)" }
        out += " (" + byType.joined(separator: ", ") + ")\n"
        let top = index.entities.sorted {
            ($1.mentionCounts.count, $1.totalMentions, $0.name) < ($0.mentionCounts.count, $0.totalMentions, $1.name)
        }.prefix(10)
        for entity in top {
            out += row([entity.name, entity.type.rawValue, "\(entity.mentionCounts.count) articles",
                        "\(entity.totalMentions) mentions"])
        }
        return out
    }

    /// A tab-separated, indented row of display-safe fields.
    static func row(_ fields: [String]) -> String {
        "  " + fields.map(TextSanitizer.displaySafe).joined(separator: "\t") + "\n"
    }
}

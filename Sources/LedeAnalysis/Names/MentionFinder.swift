/// Finds the people, organizations and places an article names.
///
/// Names are runs of capitalized words (with initials, particles such as `al-` and titles
/// split off); a surname alone is joined to the full name given elsewhere in the article, and a
/// lone capitalized word that names nobody known (a sentence opener, an adjective) is left out.
public enum MentionFinder {
    public static func find(paragraphs: [String]) -> [Mention] {
        let texts = paragraphs.map(ParagraphText.init)
        return mentions(in: texts)
    }

    static func mentions(in texts: [ParagraphText]) -> [Mention] {
        mentions(from: NameRegistry(texts))
    }

    static func mentions(from registry: NameRegistry) -> [Mention] {
        registry.mentions.filter { !$0.weak }.map { Mention(paragraph: $0.place.paragraph, name: $0.name, text: $0.text, kind: $0.kind) }
    }
}

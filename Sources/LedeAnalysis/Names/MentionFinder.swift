/// Finds the people, organizations and places an article names.
public enum MentionFinder {
    public static func find(paragraphs: [String]) -> [Mention] {
        []  // TODO(issue 7): name mentions.
    }
}

package dev.crossmap.outline;

/**
 * A way the Markdown reader read an author's line other than word for word, reported once per file and kind
 * ("34 explanations after a name moved to notes (first at line 12)") so the user can check it.
 */
enum Interpretation {
    EXPLANATION("explanation after a name moved to the note", "explanations after a name moved to notes"),
    LINK("link kept as the topic's web link, its text as the label", "links kept as topics' web links, their text as labels"),
    TAG("trailing tag moved out of the label", "trailing tags moved out of labels"),
    TIMESTAMP("video timestamp moved out of the label", "video timestamps moved out of labels"),
    CHECKBOX("checkbox read as progress", "checkboxes read as progress"),
    NUMBERING("numbering dropped from the label (the order is kept)", "numberings dropped from labels (the order is kept)"),
    STYLE_NESTING("item numbered in another style nested under the item above",
            "items numbered in another style nested under the item above"),
    FLATTENED("item after a bold checklist item at the same indentation nested under it",
            "items after a bold checklist item at the same indentation nested under it"),
    GLUED("list item glued after a label split off as its first child", "list items glued after a label split off as first children"),
    CODE("code block kept in the note of the topic above", "code blocks kept in the notes of the topics above");

    private final String one;
    private final String many;

    Interpretation(String one, String many) {
        this.one = one;
        this.many = many;
    }

    /** The warning text for {@code count} occurrences, the first at {@code firstLine}. */
    String message(int count, int firstLine) {
        return count == 1 ? one : count + " " + many + " (first at line " + firstLine + ")";
    }
}

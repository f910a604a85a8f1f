package dev.crossmap.outline;

import java.util.List;

/**
 * Reads one input format into an outline. Readers are chosen by content, not by file extension.
 */
public interface OutlineReader {
    /** Short name of the format, e.g. "markdown", "opml", "freeplane". */
    String format();

    /** Whether this reader recognises the text (looks at the content, not the name). */
    boolean accepts(SourceText source);

    /**
     * Reads the text into topics. Must not throw anything but {@link ImportException}, whatever the input;
     * must not recurse per nesting level (100,000-deep outlines are valid input).
     */
    ImportResult read(SourceText source) throws ImportException;

    /**
     * Reads every roadmap the text holds: one for most formats, one per sheet for a mind-map file with
     * several sheets. Same rules as {@link #read}.
     */
    default List<ImportResult> readAll(SourceText source) throws ImportException {
        return List.of(read(source));
    }
}

package dev.crossmap.outline;

/**
 * Something the importer did that the user should know about: a skipped line, guessed nesting,
 * repaired encoding. Shown after import, never swallowed.
 *
 * @param file    the file name
 * @param line    1-based line, or 0 when the warning is about the whole file
 * @param message what happened, in the user's words
 */
public record ImportWarning(String file, int line, String message) {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}

package dev.crossmap.outline;

import java.util.List;

/**
 * A file's text after decoding and encoding repair.
 *
 * @param fileName the file name topics will name as their roadmap
 * @param text     the repaired text
 * @param warnings what decoding did (e.g. "repaired cp1252 mojibake on 12 lines")
 */
public record SourceText(String fileName, String text, List<ImportWarning> warnings) {
    public SourceText {
        warnings = List.copyOf(warnings);
    }
}

package dev.crossmap.outline;

import dev.crossmap.model.Roadmap;
import java.util.List;

/**
 * A roadmap read from a file and the warnings collected while reading it.
 *
 * @param roadmap  the roadmap
 * @param warnings what the user should know, with line numbers, in file order
 */
public record ImportResult(Roadmap roadmap, List<ImportWarning> warnings) {
    public ImportResult {
        warnings = List.copyOf(warnings);
    }
}

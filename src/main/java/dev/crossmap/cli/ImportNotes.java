package dev.crossmap.cli;

import dev.crossmap.outline.ImportWarning;
import java.io.PrintStream;
import java.util.List;

/**
 * What the importer noted while reading a command's files, on stderr: one summary line, or every note with
 * {@value #FLAG}. Every command that imports prints them through here, so they all read alike.
 */
final class ImportNotes {
    /** The flag, accepted by every command that imports, that lists the notes one per line. */
    static final String FLAG = "--warnings";

    private ImportNotes() {
    }

    /** Prints every note ({@code listAll}) or one line counting them; nothing when there are none. */
    static void print(List<ImportWarning> warnings, boolean listAll, PrintStream err) {
        if (warnings.isEmpty()) {
            return;
        }
        if (listAll) {
            for (ImportWarning w : warnings) {
                err.println("warning: " + w);
            }
            return;
        }
        long files = warnings.stream().map(ImportWarning::file).distinct().count();
        err.println(summary(warnings.size(), files));
    }

    /** "27 import notes in 5 files; --warnings lists them". */
    static String summary(int notes, long files) {
        return notes + (notes == 1 ? " import note" : " import notes") + " in " + files
                + (files == 1 ? " file" : " files") + "; " + FLAG + " lists them";
    }
}

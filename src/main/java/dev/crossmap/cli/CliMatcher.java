package dev.crossmap.cli;

import dev.crossmap.matching.Matcher;
import dev.crossmap.matching.UserMatchers;
import dev.crossmap.outline.ImportWarning;
import dev.crossmap.io.ConfigFolder;
import java.io.PrintStream;

/** The matcher of a CLI command: the shipped vocabulary plus the user's, whose problems are printed once. */
final class CliMatcher {
    private CliMatcher() {
    }

    static Matcher create(PrintStream err) {
        UserMatchers m = UserMatchers.in(ConfigFolder.get());
        for (ImportWarning w : m.vocabulary().warnings()) {
            err.println("warning: " + w);
        }
        return m.matcher();
    }
}

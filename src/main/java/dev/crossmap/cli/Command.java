package dev.crossmap.cli;

import dev.crossmap.outline.ImportException;
import java.io.PrintStream;
import java.util.List;

/** One headless command, e.g. {@code outline}. */
interface Command {
    /** The word after {@code crossmap}. */
    String name();

    /** Arguments after the name, e.g. "outline [--json] [FILE...]". */
    String usage();

    /** One line saying what it does. */
    String summary();

    /**
     * Runs the command.
     *
     * @return the exit code: 0 success, 1 input that cannot be read
     * @throws UsageException  for arguments that do not fit {@link #usage()} (exit code 2)
     * @throws ImportException for input that cannot be read; the CLI prints its {@code file:line: problem}
     *                         message and exits with 1
     */
    int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, ImportException;
}

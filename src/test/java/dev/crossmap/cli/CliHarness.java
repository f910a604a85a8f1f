package dev.crossmap.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in the test's JVM and keeps what it printed, as a terminal would show it. */
abstract class CliHarness {
    /** Standard output of the last {@link #run}. */
    protected final ByteArrayOutputStream out = new ByteArrayOutputStream();
    /** Standard error of the last {@link #run}. */
    protected final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs {@code crossmap ARGS…} and returns its exit code. */
    protected int run(String... args) {
        out.reset();
        err.reset();
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args).exitCode();
    }
}

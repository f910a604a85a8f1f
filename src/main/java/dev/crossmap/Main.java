package dev.crossmap;

import dev.crossmap.cli.Cli;
import dev.crossmap.ui.Launcher;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Entry point: runs a CLI command, or opens the window. Deliberately not a JavaFX {@code Application},
 * so {@code --version}, {@code --help} and the commands work without a display.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        Cli cli = new Cli(out, err);
        Cli.Outcome outcome = cli.run(args);
        if (outcome.openWindow()) {
            Optional<String> failed = Launcher.open(outcome.files());
            if (failed.isEmpty()) {
                return;
            }
            err.println(cli.noWindow(failed.get()));
            System.exit(1);
        }
        out.flush();
        System.exit(outcome.exitCode());
    }
}

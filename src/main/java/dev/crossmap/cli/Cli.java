package dev.crossmap.cli;

import dev.crossmap.Version;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line: {@code crossmap [FILE…]} opens the window, {@code crossmap COMMAND …} runs a headless
 * command. Exit codes: 0 success, 1 unreadable input (or no display for the window), 2 bad usage.
 */
public final class Cli {
    /** What {@link #run} decided: an exit code, or to open the window on some files. */
    public record Outcome(int exitCode, boolean openWindow, List<Path> files) {
        static Outcome exit(int code) {
            return new Outcome(code, false, List.of());
        }
    }

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        register(new OutlineCommand());
        register(new OverlapsCommand());
        register(new MergeCommand());
        register(new SaveCommand());
        register(new ExportCommand());
    }

    private void register(Command c) {
        commands.put(c.name(), c);
    }

    /** Runs the arguments; never throws and never exits the JVM. */
    public Outcome run(String[] args) {
        List<String> list = Arrays.asList(args);
        if (list.isEmpty()) {
            return new Outcome(0, true, List.of());
        }
        String first = list.get(0);
        switch (first) {
            case "--version":
            case "-V":
                out.println("crossmap " + Version.get());
                return Outcome.exit(0);
            case "--help":
            case "-h":
            case "help":
                out.print(help());
                return Outcome.exit(0);
            default:
                break;
        }
        Command command = commands.get(first);
        if (command != null) {
            try {
                return Outcome.exit(command.run(list.subList(1, list.size()), out, err));
            } catch (dev.crossmap.outline.ImportException e) {
                err.println(e.getMessage());
                return Outcome.exit(1);
            } catch (UsageException e) {
                err.println("crossmap " + command.name() + ": " + e.getMessage());
                err.println("usage: " + command.usage());
                return Outcome.exit(2);
            } catch (RuntimeException e) {
                err.println("crossmap " + command.name() + ": internal error: " + e);
                return Outcome.exit(1);
            } catch (OutOfMemoryError e) {
                // the reading stopped at its heap limit (HeapGuard.NoRoom), or the work ran out: a message, no trace
                String read = e instanceof dev.crossmap.io.HeapGuard.NoRoom stop
                        ? String.format(java.util.Locale.ROOT, "; the reading stopped at %,d topics", stop.done()) : "";
                err.println("crossmap " + command.name() + ": the roadmaps are too big for the memory Crossmap may use on"
                        + " this machine (at most " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB" + read + ")."
                        + " Give it more: JDK_JAVA_OPTIONS=-Xmx4g crossmap " + command.name() + " …");
                return Outcome.exit(1);
            } finally {
                out.flush();
            }
        }
        if (!first.startsWith("-") && looksLikeCommand(first) && !Files.exists(Path.of(first))) {
            // A mistyped command, not a roadmap: say so instead of trying to open a window.
            err.println("crossmap: unknown command or file: " + first);
            err.println(usageLine());
            return Outcome.exit(2);
        }
        List<Path> files = new ArrayList<>();
        for (String a : list) {
            if (a.startsWith("-")) {
                err.println("crossmap: unknown option " + a + " (try crossmap --help)");
                return Outcome.exit(2);
            }
            files.add(Path.of(a));
        }
        for (Path p : files) {
            if (!Files.exists(p)) {
                // Same words and code as the commands give for a missing input (exit 1: input that cannot be read).
                err.println(p + ": no such file");
                return Outcome.exit(1);
            }
        }
        return new Outcome(0, true, files);
    }

    /** A bare word (no extension, no folder) reads as a command, not as a file name. */
    private static boolean looksLikeCommand(String word) {
        return word.indexOf('.') < 0 && word.indexOf('/') < 0 && word.indexOf('\\') < 0;
    }

    /** The one-line usage shown after a usage error. */
    String usageLine() {
        return "usage: crossmap [FILE...] | crossmap COMMAND [ARGS...]   commands: "
                + String.join(", ", commands.keySet()) + " (crossmap --help explains them)";
    }

    /**
     * The one line shown when the window cannot open ({@code reason}), naming the commands that work without
     * a display.
     */
    public String noWindow(String reason) {
        List<String> headless = new ArrayList<>(commands.keySet());
        headless.remove("bench");
        return "crossmap: cannot open the window: " + reason + "; without one, use crossmap "
                + String.join(", ", headless.subList(0, headless.size() - 1)) + " or "
                + headless.get(headless.size() - 1) + " (crossmap --help)";
    }

    /** The text of {@code crossmap --help}. */
    public String help() {
        StringBuilder sb = new StringBuilder();
        sb.append("Crossmap ").append(Version.get())
          .append(" - merge learning roadmaps into one mind map and see where they overlap.\n\n")
          .append("usage:\n")
          .append("  crossmap [FILE...]            open the window (no FILE: the five bundled roadmaps)\n");
        for (Command c : commands.values()) {
            sb.append("  crossmap ").append(c.usage()).append("\n      ").append(c.summary()).append('\n');
        }
        sb.append("  crossmap --version            print the version\n")
          .append("  crossmap --help               print this help\n\n")
          .append("FILE: Markdown or text outline (.md .markdown .txt), OPML (.opml), Freeplane/FreeMind (.mm), roadmap.sh JSON (.json, with its content/ folder), XMind (.xmind).\n")
          .append("Import notes print as one line; --warnings (on every command that reads files) lists them.\n")
          .append("Exit codes: 0 success, 1 input that cannot be read or no display for the window, 2 bad usage.\n");
        return sb.toString();
    }
}

package dev.crossmap.cli;

import dev.crossmap.Version;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line: {@code crossmap [FILE…]} opens the window, {@code crossmap COMMAND …} runs a headless
 * command. Exit codes: 0 success, 1 unreadable input, 2 bad usage.
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
            } finally {
                out.flush();
            }
        }
        List<Path> files = new ArrayList<>();
        for (String a : list) {
            if (a.startsWith("-")) {
                err.println("crossmap: unknown option " + a + " (try crossmap --help)");
                return Outcome.exit(2);
            }
            Path p = Path.of(a);
            // A first word that is no file is a mistyped command, not a roadmap: say so instead of opening a window
            // (which, with no display, would die with a toolkit stack trace).
            if (!java.nio.file.Files.exists(p) && files.isEmpty() && p.getParent() == null && a.indexOf('.') < 0) {
                err.println("crossmap: no command or file called " + a + " (commands: "
                        + String.join(", ", commands.keySet()) + "; try crossmap --help)");
                return Outcome.exit(2);
            }
            files.add(p);
        }
        return new Outcome(0, true, files);
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
          .append("Exit codes: 0 success, 1 input that cannot be read, 2 bad usage.\n");
        return sb.toString();
    }
}

package dev.crossmap.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments split into known flags, known options with a value ({@code --format md} or
 * {@code --format=md}) and files; anything else is a usage error.
 */
final class Arguments {
    private final Set<String> flags = new HashSet<>();
    private final Map<String, String> values = new HashMap<>();
    private final List<Path> files = new ArrayList<>();

    private Arguments() {
    }

    /** Parses {@code args}, accepting only the given flags. */
    static Arguments parse(List<String> args, Set<String> knownFlags) throws UsageException {
        return parse(args, knownFlags, Set.of());
    }

    /** Parses {@code args}, accepting only the given flags and options that take a value. */
    static Arguments parse(List<String> args, Set<String> knownFlags, Set<String> valueOptions) throws UsageException {
        Arguments a = new Arguments();
        boolean onlyFiles = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            int eq = arg.indexOf('=');
            String option = eq > 0 ? arg.substring(0, eq) : arg;
            if (!onlyFiles && arg.equals("--")) {
                onlyFiles = true;
            } else if (!onlyFiles && valueOptions.contains(option)) {
                if (eq < 0 && i + 1 >= args.size()) {
                    throw new UsageException(option + " needs a value");
                }
                a.values.put(option, eq > 0 ? arg.substring(eq + 1) : args.get(++i));
            } else if (!onlyFiles && arg.startsWith("-") && arg.length() > 1) {
                if (!knownFlags.contains(arg)) {
                    throw new UsageException("unknown option " + arg);
                }
                a.flags.add(arg);
            } else {
                a.files.add(Path.of(arg));
            }
        }
        return a;
    }

    boolean has(String flag) {
        return flags.contains(flag);
    }

    /** The value given to an option, if it was given. */
    Optional<String> value(String option) {
        return Optional.ofNullable(values.get(option));
    }

    List<Path> files() {
        return files;
    }
}

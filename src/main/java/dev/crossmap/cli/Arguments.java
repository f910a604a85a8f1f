package dev.crossmap.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A command's arguments split into known flags and files; anything else is a usage error. */
final class Arguments {
    private final Set<String> flags = new HashSet<>();
    private final List<Path> files = new ArrayList<>();

    private Arguments() {
    }

    /** Parses {@code args}, accepting only the given flags. */
    static Arguments parse(List<String> args, Set<String> knownFlags) throws UsageException {
        Arguments a = new Arguments();
        boolean onlyFiles = false;
        for (String arg : args) {
            if (!onlyFiles && arg.equals("--")) {
                onlyFiles = true;
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

    List<Path> files() {
        return files;
    }
}

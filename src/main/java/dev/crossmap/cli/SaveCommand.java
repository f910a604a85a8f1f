package dev.crossmap.cli;

import dev.crossmap.outline.ImportException;
import dev.crossmap.storage.WorkspaceFile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code crossmap save [FILE…] -o OUT.crossmap.json}: writes a workspace from roadmaps (the bundled ones
 * when no file is given), or re-saves a workspace (e.g. to migrate it to the current format).
 */
final class SaveCommand implements Command {
    @Override
    public String name() {
        return "save";
    }

    @Override
    public String usage() {
        return "save [--warnings] [FILE...] -o OUT" + WorkspaceFile.EXTENSION;
    }

    @Override
    public String summary() {
        return "write a workspace holding these roadmaps (or re-save a workspace); the file is written atomically";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, ImportException {
        List<String> rest = new ArrayList<>();
        Path target = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("-o") || arg.equals("--output")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException(arg + " needs a file name");
                }
                target = Path.of(args.get(++i));
            } else {
                rest.add(arg);
            }
        }
        if (target == null) {
            throw new UsageException("say where to write the workspace with -o OUT" + WorkspaceFile.EXTENSION);
        }
        if (!WorkspaceFile.isWorkspace(target)) {
            throw new UsageException("a workspace file name ends in " + WorkspaceFile.EXTENSION + ": " + target);
        }
        Arguments a = Arguments.parse(rest, Set.of(ImportNotes.FLAG));
        WorkspaceFile.Loaded loaded = Inputs.load(a.files(), a.has(ImportNotes.FLAG), err);
        try {
            WorkspaceFile.save(target, loaded.workspace());
        } catch (IOException e) {
            err.println(target + ": cannot be written (" + e.getMessage() + ")");
            return 1;
        }
        out.printf("wrote %s: %d roadmaps, %,d topics%n", target, loaded.workspace().roadmaps().size(),
                loaded.workspace().topicCount());
        return 0;
    }
}

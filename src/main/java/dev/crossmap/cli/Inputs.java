package dev.crossmap.cli;

import dev.crossmap.outline.ImportException;
import dev.crossmap.outline.ImportResult;
import dev.crossmap.outline.Importer;
import dev.crossmap.document.Workspace;
import dev.crossmap.storage.WorkspaceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a command works on: the bundled roadmaps (no file), roadmap files, or one workspace file with its
 * notes, progress and curation.
 */
final class Inputs {
    private Inputs() {
    }

    /**
     * Reads the files given on the command line into a workspace and reports what the importer noted
     * (see {@link ImportNotes}): every note when {@code listNotes}, else one summary line.
     */
    static WorkspaceFile.Loaded load(List<Path> files, boolean listNotes, java.io.PrintStream err)
            throws ImportException, UsageException {
        WorkspaceFile.Loaded loaded = load(files);
        ImportNotes.print(loaded.warnings(), listNotes, err);
        return loaded;
    }

    /** Reads the files given on the command line into a workspace. */
    static WorkspaceFile.Loaded load(List<Path> files) throws ImportException, UsageException {
        Importer importer = new Importer();
        long workspaces = files.stream().filter(WorkspaceFile::isWorkspace).count();
        if (workspaces > 0) {
            if (files.size() > 1) {
                throw new UsageException("a workspace (" + WorkspaceFile.EXTENSION + ") must be the only file");
            }
            return WorkspaceFile.load(files.get(0), importer);
        }
        Workspace ws = new Workspace();
        List<dev.crossmap.outline.ImportWarning> warnings = new ArrayList<>();
        if (files.isEmpty()) {
            for (ImportResult r : importer.importBundled()) {
                ws.addRoadmap(r.roadmap());
                warnings.addAll(r.warnings());
            }
            return new WorkspaceFile.Loaded(ws, warnings);
        }
        Set<String> taken = new HashSet<>();
        for (Path f : files) {
            String base = f.getFileName() == null ? f.toString() : f.getFileName().toString();
            String name = base;
            for (int i = 2; !taken.add(name); i++) {
                name = base + " (" + i + ")";
            }
            for (ImportResult r : importer.importFileAll(f, name)) {
                ws.addRoadmap(r.roadmap());
                warnings.addAll(r.warnings());
            }
        }
        return new WorkspaceFile.Loaded(ws, warnings);
    }
}

package dev.crossmap.outline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one way into the core: file or bytes in, {@link ImportResult} out. Decodes and repairs the text, then
 * picks the reader by content.
 */
public final class Importer {
    /** The five roadmaps shipped with Crossmap, opened when no file is given. */
    public static final List<String> BUNDLED = List.of(
            "senior-backend-study-path.md",
            "python-backend-master-tree.md",
            "python-backend-developer-roadmap.md",
            "middle-python-developer-plan.md",
            "backend-engineering-mastery.md");

    private final List<OutlineReader> readers;

    /** An importer with every reader Crossmap knows. */
    public Importer() {
        this(List.of(new OpmlReader(), new FreeplaneReader(), new RoadmapShReader(), new MarkdownReader()));
    }

    /** An importer with these readers, asked in order; the last one that accepts anything is the fallback. */
    public Importer(List<OutlineReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** Reads a file from disk; the roadmap is named after the file. */
    public ImportResult importFile(Path file) throws ImportException {
        return importFile(file, file.getFileName() == null ? file.toString() : file.getFileName().toString());
    }

    /** Reads a file from disk under another roadmap name (e.g. "roadmap.md (2)" when one is open already). */
    public ImportResult importFile(Path file, String name) throws ImportException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException(file.toString(), 0, "is a folder, not a file");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(file.toString(), 0, "no such file");
        } catch (IOException | OutOfMemoryError e) {
            throw new ImportException(file.toString(), 0, "cannot be read (" + e.getMessage() + ")");
        }
        // A roadmap.sh file's content/ folder travels inside its text, so workspaces keep it.
        return importBytes(name, RoadmapShContent.embedBeside(file, bytes));
    }

    /** Reads bytes that came from a file called {@code fileName}. */
    public ImportResult importBytes(String fileName, byte[] bytes) throws ImportException {
        SourceText source = TextDecoder.decode(fileName, bytes);
        for (OutlineReader reader : readers) {
            if (reader.accepts(source)) {
                return reader.read(source);
            }
        }
        throw new ImportException(fileName, 0, "not a format Crossmap reads (Markdown, text outline, OPML, Freeplane)");
    }

    /** Reads one of the {@link #BUNDLED} roadmaps shipped inside the app. */
    public ImportResult importBundled(String name) throws ImportException {
        try (InputStream in = Importer.class.getResourceAsStream("/dev/crossmap/bundled/" + name)) {
            if (in == null) {
                throw new ImportException(name, 0, "is not a bundled roadmap");
            }
            return importBytes(name, in.readAllBytes());
        } catch (IOException e) {
            throw new ImportException(name, 0, "cannot be read from the app (" + e.getMessage() + ")");
        }
    }

    /** Reads these files in order, or the bundled roadmaps when the list is empty. */
    public List<ImportResult> importAll(List<Path> files) throws ImportException {
        if (files.isEmpty()) {
            return importBundled();
        }
        List<ImportResult> results = new ArrayList<>();
        for (Path f : files) {
            results.add(importFile(f));
        }
        return results;
    }

    /** Reads all five bundled roadmaps, in their fixed order. */
    public List<ImportResult> importBundled() throws ImportException {
        List<ImportResult> results = new ArrayList<>();
        for (String name : BUNDLED) {
            results.add(importBundled(name));
        }
        return results;
    }
}

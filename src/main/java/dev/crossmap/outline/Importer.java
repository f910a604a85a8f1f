package dev.crossmap.outline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;

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

    private static final XmindReader XMIND = new XmindReader();
    private static final String NOT_A_FORMAT = "not a format Crossmap reads (Markdown, text outline, OPML, Freeplane, XMind)";
    /** Largest .xmind file read; its entries are bounded again once inflated. */
    private static final long MAX_ZIP_BYTES = 256L << 20;
    private final List<OutlineReader> readers;
    /** The bundled roadmaps being read ahead ({@link #readBundledAhead()}), for the next {@link #importBundled()}. */
    private final AtomicReference<FutureTask<List<ImportResult>>> ahead = new AtomicReference<>();

    /** An importer with every reader Crossmap knows. */
    public Importer() {
        this(List.of(new OpmlReader(), new FreeplaneReader(), XMIND, new RoadmapShReader(), new MarkdownReader()));
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

    /**
     * Reads a file that may hold several roadmaps (an XMind file has one per sheet); any other file gives
     * the one roadmap {@link #importFile(Path, String)} reads.
     */
    public List<ImportResult> importFileAll(Path file, String name) throws ImportException {
        if (!startsLikeZip(file)) {
            return List.of(importFile(file, name));
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_ZIP_BYTES) {
                throw new ImportException(file.toString(), 0, "a zip over " + (MAX_ZIP_BYTES >> 20) + " MB; refused");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | OutOfMemoryError e) {
            throw new ImportException(file.toString(), 0, "cannot be read (" + e.getMessage() + ")");
        }
        // outside the catch: a map too big for the heap (HeapGuard.NoRoom) is not a file that cannot be read
        return importBytesAll(name, bytes);
    }

    /** Reads bytes that may hold several roadmaps (see {@link #importFileAll}). */
    public List<ImportResult> importBytesAll(String fileName, byte[] bytes) throws ImportException {
        if (XmindArchive.isZip(bytes)) {
            return XMIND.readArchive(fileName, bytes);
        }
        SourceText source = TextDecoder.decode(fileName, bytes);
        for (OutlineReader reader : readers) {
            if (reader.accepts(source)) {
                return reader.readAll(source);
            }
        }
        throw new ImportException(fileName, 0, NOT_A_FORMAT);
    }

    /** Whether two roadmap names came from the same file: equal, or {@code name} is one sheet of {@code file}. */
    public static boolean sameFile(String name, String file) {
        return name.equals(file) || name.startsWith(file + " [") && name.endsWith("]");
    }

    /** A file's first bytes say zip; unreadable files are left to {@link #importFile} to report. */
    private static boolean startsLikeZip(Path file) {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(head, 0, 4) == 4 && XmindArchive.isZip(head);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Reads bytes that came from a file called {@code fileName}; of an XMind file, its first sheet. */
    public ImportResult importBytes(String fileName, byte[] bytes) throws ImportException {
        return XmindReader.first(fileName, importBytesAll(fileName, bytes));
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

    /**
     * Starts reading the bundled roadmaps on a background thread; the next {@link #importBundled()} takes what it
     * read (the app reads them while its window toolkit starts, so the first frame comes sooner).
     */
    public void readBundledAhead() {
        FutureTask<List<ImportResult>> task = new FutureTask<>(this::readBundled);
        if (ahead.compareAndSet(null, task)) {
            Thread reader = new Thread(task, "crossmap-read-bundled");
            reader.setDaemon(true);
            reader.start();
        }
    }

    /** Reads all five bundled roadmaps, in their fixed order (or takes them once from {@link #readBundledAhead()}). */
    public List<ImportResult> importBundled() throws ImportException {
        FutureTask<List<ImportResult>> task = ahead.getAndSet(null);
        if (task == null) {
            return readBundled();
        }
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return readBundled();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ImportException failed) {
                throw failed;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) e.getCause();
        }
    }

    private List<ImportResult> readBundled() throws ImportException {
        List<ImportResult> results = new ArrayList<>();
        for (String name : BUNDLED) {
            results.add(importBundled(name));
        }
        return results;
    }
}

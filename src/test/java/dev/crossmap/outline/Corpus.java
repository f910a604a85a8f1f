package dev.crossmap.outline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The real files tests import: the shared corpus (read in place, never copied) and the bundled roadmaps. */
final class Corpus {
    static final List<String> FILES = List.of("states.opml", "opml-package-source.opml",
            "freeplane-user-guide.mm", "coding-interview-university.md");

    private Corpus() {
    }

    /** A file of ../shared/corpus, whose path surefire passes as crossmap.shared.dir. */
    static Path file(String name) {
        return Path.of(System.getProperty("crossmap.shared.dir", "../shared"), "corpus", name);
    }

    static byte[] bytes(String name) {
        return read(file(name));
    }

    /** Every corpus file and bundled roadmap, as bytes. */
    static List<byte[]> everything() {
        List<byte[]> all = new ArrayList<>();
        for (String f : FILES) {
            all.add(bytes(f));
        }
        for (String f : Importer.BUNDLED) {
            all.add(read(Path.of("assets", "roadmaps", f)));
        }
        return all;
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.crossmap.bench;

import dev.crossmap.model.Annotation;
import dev.crossmap.model.Progress;
import dev.crossmap.model.Topic;
import dev.crossmap.outline.ImportException;
import dev.crossmap.outline.Importer;
import dev.crossmap.document.Workspace;
import dev.crossmap.storage.WorkspaceFile;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code src/bench/run workspace}: saves and loads a workspace of N topics (default 100,000) with notes on a
 * tenth of them, through the real atomic save and the real load (which imports each roadmap again from its
 * stored text). Target: each under 500 ms.
 */
final class WorkspaceBench implements Benchmark {
    @Override
    public String name() {
        return "workspace";
    }

    @Override
    public String summary() {
        return "save and load a workspace with notes on a tenth of the topics (target: each under 500 ms for 100,000)";
    }

    @Override
    public void run(int size, int rounds, PrintStream out) throws Exception {
        Importer importer = new Importer();
        Workspace ws = new Workspace(List.of(importer.importBytes("generated.md", ImportBench.generate(size).markdown())
                .roadmap()));
        Map<dev.crossmap.model.TopicId, Annotation> notes = new HashMap<>();
        List<Topic> topics = ws.roadmaps().get(0).topics();
        for (int i = 0; i < topics.size(); i += 10) {
            notes.put(topics.get(i).id(), new Annotation("Note " + i + ": **why** it matters, with a [link](https://example.org/" + i
                    + ") and a list:\n- first\n- second\n", i % 30 == 0 ? Progress.DONE : Progress.LEARNING,
                    new TreeSet<>(Set.of("tag" + (i % 7)))));
        }
        ws.setAnnotations(notes);
        Path dir = Files.createTempDirectory("crossmap-bench");
        Path file = dir.resolve("bench" + WorkspaceFile.EXTENSION);
        try {
            double[] save = Bench.time(3, rounds, () -> {
                try {
                    WorkspaceFile.save(file, ws);
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.printf(Locale.ROOT, "save: %s; file %.1f MB, %,d topics, %,d with notes%n", Bench.describe(save),
                    Files.size(file) / 1e6, ws.topicCount(), notes.size());
            double[] load = Bench.time(3, rounds, () -> {
                try {
                    Workspace back = WorkspaceFile.load(file, importer).workspace();
                    if (back.annotations().size() != notes.size()) {
                        throw new IllegalStateException("loaded " + back.annotations().size() + " notes, saved " + notes.size());
                    }
                    return back.topicCount();
                } catch (ImportException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            });
            out.printf(Locale.ROOT, "load: %s (parse + re-import of the stored roadmap + re-attach notes)%n",
                    Bench.describe(load));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }
}

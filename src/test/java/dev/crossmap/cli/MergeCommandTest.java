package dev.crossmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.model.Annotation;
import dev.crossmap.model.Progress;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import dev.crossmap.outline.Importer;
import dev.crossmap.document.Workspace;
import dev.crossmap.storage.WorkspaceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** crossmap merge [--format md|opml] [FILE…]. */
class MergeCommandTest extends CliHarness {

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void markdownIsTheDefault() {
        assertEquals(0, run("merge"), err.toString(StandardCharsets.UTF_8));
        assertTrue(out().startsWith("# Merged curriculum\n\n- "));
        assertTrue(out().contains("- Idempotency _(5 places: senior-backend-study-path.md ×2, python-backend-master-tree.md ×2, "
                + "backend-engineering-mastery.md)_\n"), out());
        assertEquals(1, out().split("- Idempotency _", -1).length - 1, "the concept appears once");
    }

    @Test
    void opmlReadsBackIntoCrossmap() throws Exception {
        assertEquals(0, run("merge", "--format", "opml"));
        String spaced = out();
        assertEquals(0, run("merge", "--format=opml"));
        assertEquals(spaced, out());
        Roadmap back = new Importer().importBytes("merged.opml", out().getBytes(StandardCharsets.UTF_8)).roadmap();
        assertEquals("Merged curriculum", back.title());
        assertEquals(1, back.topics().stream().filter(t -> t.label().equals("Idempotency")).count());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertEquals(2, run("merge", "--format", "pdf"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--format is md, opml or mm, not pdf"));
        assertEquals(2, run("merge", "--format"));
        assertEquals(1, run("merge", "nope.md"));
    }

    @Test
    void fromAWorkspaceTheNotesAndProgressOfEveryOccurrenceComeTogether(@TempDir Path dir) throws Exception {
        Importer importer = new Importer();
        Workspace ws = new Workspace(List.of(
                importer.importBytes("a.md", "# A\n- Reliability\n  - Idempotency\n".getBytes(StandardCharsets.UTF_8)).roadmap(),
                importer.importBytes("b.md", "# B\n- APIs\n  - Idempotency\n".getBytes(StandardCharsets.UTF_8)).roadmap()));
        Topic inB = ws.roadmaps().get(1).topics().get(2);
        ws.setAnnotation(inB.id(), new Annotation("keys", Progress.DONE, new TreeSet<>()));
        Path file = dir.resolve("w.crossmap.json");
        WorkspaceFile.save(file, ws);
        assertEquals(0, run("merge", file.toString()), err.toString(StandardCharsets.UTF_8));
        assertTrue(out().contains("- Idempotency _(2 places: a.md, b.md)_ · done\n      > keys\n      > — _b.md_\n"), out());
        assertEquals(0, run("merge", dir.resolve("w.crossmap.json").toString(), "--format", "opml"));
        assertTrue(out().contains("progress=\"done\" _note=\"keys\""), out());
    }
}

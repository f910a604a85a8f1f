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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crossmap export --md/--opml/--mm} and {@code crossmap merge --format mm}: the whole map as outlines. */
class ExportOutlineCommandTest extends CliHarness {

    @Test
    void theBundledRoadmapsComeBackFromEachFormatWithEveryTopic(@TempDir Path dir) throws Exception {
        Path md = dir.resolve("map.md");
        Path opml = dir.resolve("map.opml");
        Path mm = dir.resolve("map.mm");
        assertEquals(0, run("export", "--md", md.toString(), "--opml", opml.toString(), "--mm", mm.toString()), err.toString());
        assertTrue(out.toString().contains("wrote " + mm + ": Freeplane mind map, 5 roadmaps, 1,309 topics"), out.toString());
        int bundled = new Importer().importBundled().stream().mapToInt(r -> r.roadmap().size()).sum();
        for (Path p : List.of(md, opml, mm)) {
            Roadmap back = new Importer().importFile(p).roadmap();
            // every bundled topic, plus the title in .md and .mm, plus a branch for each roadmap without one title
            long branches = back.topics().stream().filter(t -> t.depth() == (p == opml ? 0 : 1)).count();
            assertEquals(5, branches, p.toString());
            assertTrue(back.size() >= bundled && back.size() <= bundled + 6, p + ": " + back.size() + " of " + bundled);
        }
    }

    @Test
    void aWorkspaceExportCarriesTheLearnersNotesProgressAndTags(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.md");
        Files.writeString(plan, "# Plan\n- APIs\n  - Idempotency\n  - Pagination\n");
        Workspace ws = new Workspace();
        ws.addRoadmap(new Importer().importFile(plan).roadmap());
        Topic idem = ws.roadmaps().get(0).topics().stream().filter(t -> t.label().equals("Idempotency")).findFirst().orElseThrow();
        ws.setAnnotation(idem.id(), new Annotation("Retry *safely*.\n\n- keys\n- tokens", Progress.DONE, new TreeSet<>(Set.of("exam"))));
        Path file = dir.resolve("study" + WorkspaceFile.EXTENSION);
        WorkspaceFile.save(file, ws);

        Path md = dir.resolve("out.md");
        Path mm = dir.resolve("out.mm");
        assertEquals(0, run("export", "--md", md.toString(), "--mm", mm.toString(), file.toString()), err.toString());
        String text = Files.readString(md, StandardCharsets.UTF_8);
        assertTrue(text.contains("    - [x] Idempotency **exam**\n      > Retry *safely*.\n      >\n      > - keys\n"), text);
        for (Path p : List.of(md, mm)) {
            Roadmap back = new Importer().importFile(p).roadmap();
            Topic t = back.topics().stream().filter(x -> x.label().startsWith("Idempotency")).findFirst().orElseThrow();
            assertEquals(Progress.DONE, t.checked().orElseThrow(), p.toString());
            assertTrue(t.note().contains("Retry safely") || t.note().contains("Retry *safely*"), p + ": " + t.note());
            assertEquals(List.of("Idempotency", "APIs"), List.of(t.label().replace(" exam", ""),
                    back.topic(t.parent()).orElseThrow().label()), "the list in the note made no topics");
            assertEquals(3, back.children(t.parent()).size() + back.children(t.id()).size() + 1, p.toString());
        }
    }

    @Test
    void theMergedCurriculumIsAMindMapToo() throws Exception {
        assertEquals(0, run("merge", "--format", "mm"), err.toString());
        String mm = out.toString();
        assertTrue(mm.startsWith("<map version=\"freeplane"), mm.substring(0, 80));
        Roadmap back = new Importer().importBytes("merged.mm", mm.getBytes(StandardCharsets.UTF_8)).roadmap();
        assertEquals("Merged curriculum", back.title());
        assertTrue(back.topics().stream().anyMatch(t -> t.label().equalsIgnoreCase("idempotency")
                && t.note().startsWith("5 places:")), "idempotency is one item, written in five places");
    }

    @Test
    void withoutAnOutputTheCommandSaysWhatItCanWrite() throws Exception {
        assertEquals(2, run("export"));
        assertTrue(err.toString().contains("--md OUT.md"), err.toString());
    }
}

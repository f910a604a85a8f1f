package dev.crossmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossmap.matching.Curation;
import dev.crossmap.matching.Matcher;
import dev.crossmap.model.Annotation;
import dev.crossmap.model.Atlas;
import dev.crossmap.model.Concept;
import dev.crossmap.model.Link;
import dev.crossmap.model.Progress;
import dev.crossmap.model.Topic;
import dev.crossmap.outline.Importer;
import dev.crossmap.document.Workspace;
import dev.crossmap.storage.WorkspaceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** save, outline and overlaps on a workspace file: notes, progress, tags and curation come through. */
class WorkspaceCommandsTest extends CliHarness {

    @Test
    void saveWritesAWorkspaceOfTheBundledRoadmaps(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("all.crossmap.json");
        assertEquals(0, run("save", "-o", file.toString()), err.toString());
        assertTrue(err.toString().strip().matches("\\d+ import notes in \\d+ files?; --warnings lists them\\s*"),
                "the bundled roadmaps' import notes are one line, not dozens: " + err);
        assertTrue(out.toString().startsWith("wrote " + file + ": 5 roadmaps"), out.toString());
        assertEquals(5, WorkspaceFile.load(file, new Importer()).workspace().roadmaps().size());
        assertEquals(2, run("save", dir.resolve("x.md").toString()), "no -o is a usage error");
        assertEquals(2, run("save", "-o", dir.resolve("x.json").toString()), "the name must end in .crossmap.json");
        assertEquals(1, run("save", dir.resolve("missing.md").toString(), "-o", file.toString()));
        assertEquals(dir.resolve("missing.md") + ": no such file", err.toString().strip());
    }

    @Test
    void outlineOfAWorkspaceCarriesNotesStatusAndTags(@TempDir Path dir) throws Exception {
        Importer importer = new Importer();
        Workspace ws = new Workspace(java.util.List.of(importer.importBytes("plan.md",
                "# Plan\n- Idempotency\n- Pagination\n".getBytes(StandardCharsets.UTF_8)).roadmap()));
        Topic idem = ws.roadmaps().get(0).topics().get(1);
        ws.setAnnotation(idem.id(), new Annotation("keys + retries", Progress.DONE, new TreeSet<>(Set.of("http"))));
        Path file = dir.resolve("w.crossmap.json");
        WorkspaceFile.save(file, ws);

        assertEquals(0, run("outline", "--json", file.toString()), err.toString());
        JsonNode topics = new ObjectMapper().readTree(out.toString()).get("roadmaps").get(0).get("topics");
        JsonNode t = topics.get(1);
        assertEquals("Idempotency", t.get("label").asText());
        assertEquals("keys + retries", t.get("note").asText());
        assertEquals("done", t.get("status").asText());
        assertEquals("http", t.get("tags").get(0).asText());
        assertEquals("not-started", topics.get(2).get("status").asText());

        assertEquals(0, run("outline", file.toString()));
        assertTrue(out.toString().contains("[done] Idempotency"), out.toString());
    }

    @Test
    void overlapsOfAWorkspaceHonourItsCuration(@TempDir Path dir) throws Exception {
        Importer importer = new Importer();
        Workspace ws = new Workspace(importer.importBundled().stream().map(r -> r.roadmap()).toList());
        Atlas atlas = new Matcher().match(ws.roadmaps());
        Concept idem = atlas.concepts().stream().filter(c -> c.label().equals("idempotency")).findFirst().orElseThrow();
        Link rejected = idem.links().get(0);
        Curation curation = Curation.none();
        for (Link l : idem.links()) {
            if (l.source().equals(rejected.source()) || l.target().equals(rejected.source())) {
                curation = curation.reject(l);
            }
        }
        ws.setDecisions(curation.decisions());
        Path file = dir.resolve("curated.crossmap.json");
        WorkspaceFile.save(file, ws);

        assertEquals(0, run("overlaps", "--json", file.toString()), err.toString());
        JsonNode concepts = new ObjectMapper().readTree(out.toString()).get("concepts");
        for (JsonNode c : concepts) {
            if (c.get("label").asText().equals("idempotency")) {
                assertTrue(c.get("members").size() < idem.size(), "a rejected occurrence leaves the concept");
            }
        }
        assertEquals(0, run("overlaps", "--json"));
        JsonNode plain = new ObjectMapper().readTree(out.toString()).get("concepts");
        boolean fiveWithoutCuration = false;
        for (JsonNode c : plain) {
            fiveWithoutCuration |= c.get("label").asText().equals("idempotency") && c.get("members").size() == 5;
        }
        assertTrue(fiveWithoutCuration);
        assertFalse(Files.readString(file).contains("\"decisions\" : [ ]"), "the decisions are in the file");
    }
}

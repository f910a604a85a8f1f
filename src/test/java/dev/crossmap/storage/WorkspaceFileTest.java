package dev.crossmap.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crossmap.document.Anchor;
import dev.crossmap.document.Unattached;
import dev.crossmap.document.ViewState;
import dev.crossmap.document.Workspace;
import dev.crossmap.model.Annotation;
import dev.crossmap.model.Progress;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import dev.crossmap.model.TopicId;
import dev.crossmap.outline.ImportException;
import dev.crossmap.outline.ImportResult;
import dev.crossmap.outline.Importer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceFileTest {
    private final Importer importer = new Importer();

    private Workspace bundled() throws ImportException {
        return new Workspace(importer.importBundled().stream().map(ImportResult::roadmap).toList());
    }

    private static Topic topicAtLine(Workspace ws, String roadmap, int line) {
        return ws.roadmaps().stream().filter(r -> r.name().equals(roadmap)).findFirst().orElseThrow()
                .topics().stream().filter(t -> t.line() == line).findFirst().orElseThrow();
    }

    @Test
    void aBoxTheAuthorTickedIsDoneUntilTheUserSaysOtherwiseAndTheirAnswerIsKept(@TempDir Path dir) throws Exception {
        Roadmap plan = importer.importBytes("plan.md", "- [x] Docker\n- [ ] Kubernetes\n- Helm\n"
                .getBytes(StandardCharsets.UTF_8)).roadmap();
        Workspace ws = new Workspace(List.of(plan));
        Topic docker = plan.topics().get(0);
        Topic kubernetes = plan.topics().get(1);
        assertEquals(Progress.DONE, ws.annotation(docker.id()).progress(), "ticked in the file: done");
        assertEquals(Progress.NOT_STARTED, ws.annotation(kubernetes.id()).progress());

        ws.setAnnotation(docker.id(), Annotation.EMPTY); // the user un-ticks it
        Path file = dir.resolve("plan" + WorkspaceFile.EXTENSION);
        WorkspaceFile.save(file, ws);
        Workspace again = WorkspaceFile.load(file, importer).workspace();
        assertEquals(Progress.NOT_STARTED, again.annotation(docker.id()).progress(), "the user's answer, not the file's tick");
    }

    @Test
    void notesProgressTagsFoldsAndTheViewComeBackExactlyAsLeft(@TempDir Path dir) throws Exception {
        Workspace ws = bundled();
        Topic idem = topicAtLine(ws, "senior-backend-study-path.md", 100);
        Topic phase = topicAtLine(ws, "senior-backend-study-path.md", 3);
        ws.setAnnotation(idem.id(), new Annotation("Retrying a **PUT** twice is safe.\n\n- keys\n- dedupe",
                Progress.LEARNING, new TreeSet<>(Set.of("http", "reliability"))));
        // When it was edited comes back to the millisecond (the "continue" list orders by it).
        ws.setAnnotation(phase.id(), Annotation.EMPTY.withProgress(Progress.DONE).withEdited(1_764_316_800_123L));
        ws.setFolded(List.of(phase.id()), true);
        ws.setView(new ViewState(1.75, -320.5, 88, Optional.of(idem.id()), Set.of("middle-python-developer-plan.md"), "roadmaps"));
        ws.setShareConceptProgress(false);
        ws.setConceptName(idem.id(), "Safe retries");
        Path file = dir.resolve("mine" + WorkspaceFile.EXTENSION);
        WorkspaceFile.save(file, ws);

        WorkspaceFile.Loaded loaded = WorkspaceFile.load(file, importer);
        Workspace again = loaded.workspace();
        assertEquals(List.of(), loaded.warnings());
        assertEquals(ws.roadmaps().stream().map(Roadmap::name).toList(), again.roadmaps().stream().map(Roadmap::name).toList());
        for (int i = 0; i < ws.roadmaps().size(); i++) {
            assertEquals(ws.roadmaps().get(i).topics(), again.roadmaps().get(i).topics(), "same topics, ids and lines");
        }
        assertEquals(ws.annotations(), again.annotations());
        assertEquals(Set.of(phase.id()), again.folded());
        assertEquals(ws.view(), again.view());
        assertEquals(false, again.shareConceptProgress());
        assertEquals(ws.conceptNames(), again.conceptNames());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void aNoteFollowsItsTopicWhenTheRoadmapIsReimportedWithEdits() throws Exception {
        String v1 = "# Plan\n## APIs\n- Idempotency\n- Pagination\n- Versoning\n## Data\n- Indexes\n";
        String v2 = "# Plan\n## Intro\n- Why\n## APIs\n- Pagination\n- Idempotency\n- Versioning\n## Storage\n- Caching\n";
        Workspace ws = new Workspace(List.of(importer.importBytes("plan.md", v1.getBytes(StandardCharsets.UTF_8)).roadmap()));
        Topic idem = topicAtLine(ws, "plan.md", 3);
        Topic versoning = topicAtLine(ws, "plan.md", 5);
        Topic indexes = topicAtLine(ws, "plan.md", 7);
        ws.setAnnotation(idem.id(), Annotation.EMPTY.withNote("safe retries"));
        ws.setAnnotation(versoning.id(), Annotation.EMPTY.withNote("URL vs header"));
        ws.setAnnotation(indexes.id(), Annotation.EMPTY.withNote("B-tree first"));

        List<Unattached> lost = ws.replaceRoadmap(importer.importBytes("plan.md", v2.getBytes(StandardCharsets.UTF_8)).roadmap());

        assertEquals("safe retries", ws.annotation(topicAtLine(ws, "plan.md", 6).id()).note(), "moved line, same id");
        assertEquals("URL vs header", ws.annotation(topicAtLine(ws, "plan.md", 7).id()).note(), "typo fixed in the label");
        assertEquals(1, lost.size(), "the section 'Data' is gone, so its note cannot find a home");
        assertEquals("B-tree first", lost.get(0).annotation().note());
        assertEquals("plan.md \u203a Plan \u203a Data \u203a Indexes", lost.get(0).anchor().toString());
        assertEquals(lost, ws.unattached(), "kept, never dropped");
    }

    @Test
    void unattachedNotesAndUnknownFieldsFromANewerVersionSurviveASave(@TempDir Path dir) throws Exception {
        Workspace ws = bundled();
        ws.restoreUnattached(List.of(new Unattached("gone1", new Anchor("x.md", List.of("A"), "B"),
                Annotation.EMPTY.withNote("keep me"))));
        Path file = dir.resolve("w" + WorkspaceFile.EXTENSION);
        WorkspaceFile.save(file, ws);
        ObjectMapper json = new ObjectMapper();
        ObjectNode doc = (ObjectNode) json.readTree(file.toFile());
        doc.put("formatVersion", 7);
        doc.putObject("studyPlan").put("hoursPerWeek", 6);
        json.writeValue(file.toFile(), doc);

        WorkspaceFile.Loaded loaded = WorkspaceFile.load(file, importer);
        assertTrue(loaded.warnings().get(0).message().contains("newer Crossmap (format 7)"));
        WorkspaceFile.save(file, loaded.workspace());
        ObjectNode again = (ObjectNode) json.readTree(file.toFile());
        assertEquals(6, again.path("studyPlan").path("hoursPerWeek").asInt());
        assertEquals("keep me", again.path("unattached").get(0).path("entry").path("note").asText());
    }

    @Test
    void aVersionOneWorkspaceIsMigrated(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("old" + WorkspaceFile.EXTENSION);
        Files.writeString(file, "{\"formatVersion\": 1, \"roadmaps\": [{\"name\": \"a.md\", \"format\": \"markdown\", "
                + "\"source\": \"# A\\n- one\\n- two\\n\"}]}");
        Workspace ws = WorkspaceFile.load(file, importer).workspace();
        assertEquals(3, ws.topicCount());
        assertTrue(ws.annotations().isEmpty());
    }

    @Test
    void aDamagedWorkspaceIsRefusedWithLineAndColumnAndLeftUntouched(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken" + WorkspaceFile.EXTENSION);
        byte[] broken = "{\n  \"formatVersion\": 2,\n  \"roadmaps\": [ {\"name\": \"a.md\", \n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, broken);
        ImportException e = assertThrows(ImportException.class, () -> WorkspaceFile.load(file, importer));
        assertTrue(e.getMessage().startsWith(file + ":4: column "), e.getMessage());
        assertArrayEquals(broken, Files.readAllBytes(file));
    }

    @Test
    void aWrongValueIsNamedWithItsLineColumnAndWhatWasExpected(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("typo" + WorkspaceFile.EXTENSION);
        Files.writeString(file, "{\n  \"formatVersion\": 2,\n  \"roadmaps\": [\n    {\"name\": \"a.md\", \"source\": 42}\n  ]\n}\n");
        ImportException e = assertThrows(ImportException.class, () -> WorkspaceFile.load(file, importer));
        assertEquals(file + ":4: column 32: expected a text \"source\" at /roadmaps/0/source", e.getMessage());

        Files.writeString(file, "{\"formatVersion\": 2, \"roadmaps\": [],\n \"topics\": {\"abc\": {\"status\": \"finished\"}}}");
        e = assertThrows(ImportException.class, () -> WorkspaceFile.load(file, importer));
        assertTrue(e.getMessage().startsWith(file + ":2: column "), e.getMessage());
        assertTrue(e.getMessage().contains("expected one of not-started, learning, done, skipped"), e.getMessage());
    }

    @Test
    void aForeignJsonFileIsRefusedWithWhatWasExpected(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("package" + WorkspaceFile.EXTENSION);
        Files.writeString(file, "{\"name\": \"left-pad\", \"version\": \"1.3.0\"}");
        ImportException e = assertThrows(ImportException.class, () -> WorkspaceFile.load(file, importer));
        assertTrue(e.getMessage().contains("an object with \"formatVersion\""), e.getMessage());
    }

    @Test
    void deeplyNestedJsonIsRefusedNotAStackOverflow(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("deep" + WorkspaceFile.EXTENSION);
        Files.writeString(file, "{\"formatVersion\": 2, \"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        ImportException e = assertThrows(ImportException.class, () -> WorkspaceFile.load(file, importer));
        assertTrue(e.getMessage().contains("nesting depth"), e.getMessage());
    }

    @Test
    void anIdThatIsNotInAnyRoadmapIsKeptAsUnattached(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("w" + WorkspaceFile.EXTENSION);
        Files.writeString(file, "{\"formatVersion\": 2, \"roadmaps\": [{\"name\": \"a.md\", \"source\": \"# A\\n- one\\n\"}],"
                + "\"topics\": {\"zzz\": {\"roadmap\": \"a.md\", \"path\": [\"A\"], \"label\": \"two\", \"note\": \"mine\"}}}");
        WorkspaceFile.Loaded loaded = WorkspaceFile.load(file, importer);
        assertEquals("mine", loaded.workspace().unattached().get(0).annotation().note());
        assertTrue(loaded.warnings().get(0).toString().contains("a.md \u203a A \u203a two"), loaded.warnings().toString());
        assertEquals(Annotation.EMPTY, loaded.workspace().annotation(new TopicId("zzz")));
    }
}

package dev.crossmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.document.Workspace;
import dev.crossmap.matching.Matcher;
import dev.crossmap.model.Annotation;
import dev.crossmap.model.Concept;
import dev.crossmap.model.Progress;
import dev.crossmap.model.TopicId;
import dev.crossmap.outline.Importer;
import dev.crossmap.overlap.CurriculumItem;
import dev.crossmap.overlap.MergedCurriculum;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress and notes as the learner sets them: one edit, shared across a concept where the workspace says so. */
class TopicActionsTest {
    @TempDir
    Path dir;
    private DocumentSession session;
    private TopicActions actions;
    private Workspace ws;
    private Concept idem;

    @BeforeEach
    void openTheBundledRoadmaps() {
        session = new DocumentSession(new Importer(), new Matcher(), List.of(), new SameThreadExecutor(),
                dir.resolve("recovery.json"), Duration.ofMinutes(1));
        session.open(List.of());
        actions = new TopicActions(session);
        ws = session.workspace();
        idem = session.atlas().concepts().stream().filter(c -> c.label().equals("idempotency")).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void progressGoesToEveryPlaceTheConceptIsWrittenAsOneStep() {
        ws.setShareConceptProgress(true);
        TopicId one = idem.members().get(0).topic().id();
        actions.setProgress(one, Progress.DONE);
        for (var o : idem.members()) {
            assertEquals(Progress.DONE, ws.annotation(o.topic().id()).progress(), o.topic().label());
        }
        assertEquals(idem.size(), ws.count(Progress.DONE));
        assertEquals("progress of " + idem.members().get(0).topic().label(), session.history().undoDescription().orElseThrow());
        session.undo();
        assertEquals(0, ws.count(Progress.DONE), "one undo takes it back everywhere");
    }

    @Test
    void withoutSharingOnlyThatTopicChanges() {
        ws.setShareConceptProgress(false);
        TopicId one = idem.members().get(1).topic().id();
        actions.setProgress(one, Progress.LEARNING);
        assertEquals(Progress.LEARNING, ws.annotation(one).progress());
        assertEquals(1, ws.count(Progress.LEARNING));
    }

    @Test
    void typingANoteIsOneUndoStep() {
        TopicId one = idem.members().get(0).topic().id();
        actions.typeNote(one, "P");
        actions.typeNote(one, "PUT is idempotent");
        assertEquals("PUT is idempotent", ws.annotation(one).note());
        session.undo();
        assertTrue(ws.annotation(one).note().isEmpty());
    }

    // moved here with MergedCurriculum.progressEdit and noteEdit (overlap no longer makes edits)

    @Test
    void settingProgressOnTheMergedItemSetsEveryTopicAndUndoesAsOneStep() {
        MergedCurriculum merged = MergedCurriculum.of(session.atlas());
        CurriculumItem item = merged.itemOf(idem.members().get(0).vertex()).orElseThrow();
        ws.setAnnotation(item.topics().get(1), new Annotation("my note", Progress.NOT_STARTED, new TreeSet<>()));
        actions.setProgress(item, Progress.LEARNING);
        for (TopicId id : item.topics()) {
            assertEquals(Progress.LEARNING, ws.annotation(id).progress(), id.value());
        }
        assertEquals("my note", ws.annotation(item.topics().get(1)).note(), "the note stays");
        assertEquals("progress of Idempotency", session.history().undoDescription().orElseThrow());
        Map<Progress, Integer> counts = merged.progress(ws::annotation);
        assertEquals(1, counts.get(Progress.LEARNING));
        assertEquals(merged.size(), counts.values().stream().mapToInt(Integer::intValue).sum());

        session.undo();
        for (TopicId id : item.topics()) {
            assertEquals(Progress.NOT_STARTED, ws.annotation(id).progress());
        }
        assertEquals("my note", ws.annotation(item.topics().get(1)).note());
    }

    @Test
    void typingANoteOnTheMergedItemWritesOnTheChosenTopic() {
        MergedCurriculum merged = MergedCurriculum.of(session.atlas());
        CurriculumItem item = merged.itemOf(idem.members().get(0).vertex()).orElseThrow();
        TopicId tree = item.topics().get(2);
        actions.typeNote(item, tree, "P");
        actions.typeNote(item, tree, "PUT is idempotent");
        assertEquals("PUT is idempotent", ws.annotation(tree).note());
        assertTrue(ws.annotation(item.primary()).note().isEmpty());
        session.undo();
        assertTrue(ws.annotation(tree).note().isEmpty(), "the keystrokes were one step");
        TopicId elsewhere = merged.roots().get(0).primary();
        assertThrows(IllegalArgumentException.class, () -> actions.typeNote(item, elsewhere, "x"));
    }
}

package dev.crossmap.overlap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.model.Annotation;
import dev.crossmap.model.Atlas;
import dev.crossmap.model.Progress;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.TopicId;
import dev.crossmap.document.History;
import dev.crossmap.document.Workspace;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The merged map is a view: it shows what was written on every occurrence and writes through to the topics. */
class MergedNotesAndProgressTest {
    private Workspace ws;
    private History history;
    private MergedCurriculum merged;
    private CurriculumItem idem;

    @BeforeEach
    void openTheBundledRoadmaps() throws Exception {
        List<Roadmap> maps = Atlases.bundledRoadmaps();
        ws = new Workspace(maps);
        history = new History(ws);
        Atlas atlas = Atlases.bundled();
        merged = MergedCurriculum.of(atlas);
        idem = merged.itemOf(Atlases.concept(atlas, "idempotency").members().get(0).vertex()).orElseThrow();
    }

    @Test
    void notesProgressAndTagsOfAllOccurrencesComeTogether() {
        TopicId studyPath = idem.topics().get(0);
        TopicId mastery = idem.topics().get(4);
        ws.setAnnotation(studyPath, new Annotation("keys make retries safe", Progress.LEARNING, new TreeSet<>(Set.of("http"))));
        ws.setAnnotation(mastery, new Annotation("see Stripe's API", Progress.DONE, new TreeSet<>(Set.of("api"))));
        Gathered g = merged.gather(idem, ws);
        assertEquals(Progress.DONE, g.progress(), "done in one roadmap is done");
        assertEquals(List.of(new Gathered.Note(studyPath, "senior-backend-study-path.md", "keys make retries safe"),
                new Gathered.Note(mastery, "backend-engineering-mastery.md", "see Stripe's API")), g.notes());
        assertEquals(Set.of("api", "http"), g.tags());
        assertEquals(Progress.NOT_STARTED, merged.gather(merged.roots().get(0), ws).progress());
    }

    @Test
    void settingProgressOnTheMergedItemSetsEveryTopicAndUndoesAsOneStep() {
        ws.setAnnotation(idem.topics().get(1), new Annotation("my note", Progress.NOT_STARTED, new TreeSet<>()));
        history.perform(MergedCurriculum.progressEdit(ws, idem, Progress.LEARNING));
        for (TopicId id : idem.topics()) {
            assertEquals(Progress.LEARNING, ws.annotation(id).progress(), id.value());
        }
        assertEquals("my note", ws.annotation(idem.topics().get(1)).note(), "the note stays");
        assertEquals("progress of Idempotency", history.undoDescription().orElseThrow());
        Map<Progress, Integer> counts = merged.progress(ws);
        assertEquals(1, counts.get(Progress.LEARNING));
        assertEquals(merged.size(), counts.values().stream().mapToInt(Integer::intValue).sum());

        history.undo();
        for (TopicId id : idem.topics()) {
            assertEquals(Progress.NOT_STARTED, ws.annotation(id).progress());
        }
        assertEquals("my note", ws.annotation(idem.topics().get(1)).note());
    }

    @Test
    void typingANoteOnTheMergedItemWritesOnTheChosenTopic() {
        TopicId tree = idem.topics().get(2);
        history.perform(MergedCurriculum.noteEdit(ws, idem, tree, "P"));
        history.perform(MergedCurriculum.noteEdit(ws, idem, tree, "PUT is idempotent"));
        assertEquals("PUT is idempotent", ws.annotation(tree).note());
        assertTrue(ws.annotation(idem.primary()).note().isEmpty());
        history.undo();
        assertTrue(ws.annotation(tree).note().isEmpty(), "the keystrokes were one step");
        TopicId elsewhere = merged.roots().get(0).primary();
        assertThrows(IllegalArgumentException.class, () -> MergedCurriculum.noteEdit(ws, idem, elsewhere, "x"));
    }
}

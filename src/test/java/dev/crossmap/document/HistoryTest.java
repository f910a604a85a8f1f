package dev.crossmap.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.model.Annotation;
import dev.crossmap.model.Progress;
import dev.crossmap.model.TopicId;
import dev.crossmap.outline.Importer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HistoryTest {
    private Workspace ws;
    private History history;
    private TopicId a;
    private TopicId b;

    @BeforeEach
    void twoTopics() throws Exception {
        ws = new Workspace(List.of(new Importer().importBytes("p.md",
                "# P\n- Alpha\n- Beta\n".getBytes(StandardCharsets.UTF_8)).roadmap()));
        history = new History(ws);
        a = ws.roadmaps().get(0).topics().get(1).id();
        b = ws.roadmaps().get(0).topics().get(2).id();
    }

    @Test
    void typingANoteIsOneUndoStepUntilSealed() {
        history.perform(AnnotationEdit.typing(ws, a, "h", "Alpha"));
        history.perform(AnnotationEdit.typing(ws, a, "he", "Alpha"));
        history.perform(AnnotationEdit.typing(ws, a, "hello", "Alpha"));
        history.seal();
        history.perform(AnnotationEdit.typing(ws, a, "hello world", "Alpha"));
        assertEquals(Optional.of("note on Alpha"), history.undoDescription());

        history.undo();
        assertEquals("hello", ws.annotation(a).note());
        history.undo();
        assertEquals("", ws.annotation(a).note());
        assertFalse(history.canUndo());
        history.redo();
        history.redo();
        assertEquals("hello world", ws.annotation(a).note());
    }

    @Test
    void progressAcrossSeveralTopicsUndoesTogetherAndANewEditClearsRedo() {
        history.perform(AnnotationEdit.of(ws, List.of(a, b), x -> x.withProgress(Progress.DONE), "progress of Alpha"));
        assertEquals(Progress.DONE, ws.annotation(b).progress());
        assertEquals(2, ws.count(Progress.DONE));
        assertEquals(1, ws.count(Progress.NOT_STARTED), "the title, which nobody touched");
        history.undo();
        assertEquals(Annotation.EMPTY, ws.annotation(a));
        assertEquals(Annotation.EMPTY, ws.annotation(b));
        assertTrue(history.canRedo());
        history.perform(FoldEdit.of(ws, List.of(a), true, "fold Alpha"));
        assertFalse(history.canRedo(), "a new edit starts a new future");
        assertTrue(ws.isFolded(a));
        history.undo();
        assertFalse(ws.isFolded(a));
    }

    @Test
    void everyEditMovesTheRevisionSoTheWindowCanShowUnsaved() {
        long r0 = ws.revision();
        history.perform(AnnotationEdit.of(ws, List.of(a), x -> x.withTags(List.of("core", " ", "core")), "tags of Alpha"));
        assertEquals(List.of("core"), List.copyOf(ws.annotation(a).tags()));
        assertTrue(ws.revision() > r0);
        history.undo();
        assertTrue(ws.revision() > r0 + 1, "undo is a change too");
    }
}

package dev.crossmap.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crossmap.model.Progress;
import dev.crossmap.model.TopicId;
import dev.crossmap.outline.Importer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The "continue where I left off" list: learning first, then the notes touched last, newest first. */
class LeftOffTest {
    private Workspace ws;
    private History history;

    @BeforeEach
    void aRoadmap() throws Exception {
        ws = new Workspace(List.of(new Importer().importBytes("p.md",
                "# Path\n- Alpha\n- Beta\n- Gamma\n- Delta\n".getBytes(StandardCharsets.UTF_8)).roadmap()));
        history = new History(ws);
    }

    @AfterEach
    void systemClock() {
        AnnotationEdit.useClock(null);
    }

    private TopicId id(String label) {
        return ws.roadmaps().get(0).topics().stream().filter(t -> t.label().equals(label)).findFirst().orElseThrow().id();
    }

    private void at(long minute, Runnable edit) {
        AnnotationEdit.useClock(Clock.fixed(Instant.ofEpochSecond(minute * 60), ZoneOffset.UTC));
        edit.run();
        history.seal();
    }

    private List<String> labels() {
        return LeftOff.of(ws, 10).stream().map(e -> e.label() + ":" + e.reason()).toList();
    }

    @Test
    void learningComesFirstThenNotesNewestFirst() {
        at(1, () -> history.perform(AnnotationEdit.typing(ws, id("Alpha"), "# Idempotency\nkeys", "Alpha")));
        at(2, () -> history.perform(AnnotationEdit.of(ws, List.of(id("Beta")), a -> a.withProgress(Progress.LEARNING), "p")));
        at(3, () -> history.perform(AnnotationEdit.typing(ws, id("Gamma"), "later note", "Gamma")));
        at(4, () -> history.perform(AnnotationEdit.of(ws, List.of(id("Delta")), a -> a.withProgress(Progress.LEARNING), "p")));
        at(5, () -> history.perform(AnnotationEdit.of(ws, List.of(id("Gamma")), a -> a.withProgress(Progress.DONE), "p")));

        assertEquals(List.of("Delta:LEARNING", "Beta:LEARNING", "Gamma:NOTE", "Alpha:NOTE"), labels());
        assertEquals("Idempotency", LeftOff.of(ws, 10).get(3).note(), "the note's first line, without its markup");
        assertEquals(Instant.ofEpochSecond(5 * 60).toEpochMilli(), ws.annotation(id("Gamma")).edited());
        assertEquals(2, LeftOff.of(ws, 2).size());
    }

    @Test
    void undoGivesBackTheEarlierTimeAndDoneTopicsWithoutNotesLeaveTheList() {
        at(1, () -> history.perform(AnnotationEdit.of(ws, List.of(id("Alpha")), a -> a.withProgress(Progress.LEARNING), "p")));
        at(2, () -> history.perform(AnnotationEdit.of(ws, List.of(id("Alpha")), a -> a.withProgress(Progress.DONE), "p")));
        assertEquals(List.of(), labels(), "done, and no note: nothing to continue");
        history.undo();
        assertEquals(List.of("Alpha:LEARNING"), labels());
        assertEquals(60_000, ws.annotation(id("Alpha")).edited());
    }
}

package dev.crossmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.document.Workspace;
import dev.crossmap.matching.Matcher;
import dev.crossmap.model.Atlas;
import dev.crossmap.model.Decision;
import dev.crossmap.model.LinkKind;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import dev.crossmap.outline.Importer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The match begun while the window draws what was just read, and when the first re-match may take it. */
class EarlyMatchTest {
    private static Roadmap read(String name, String text) throws Exception {
        return new Importer().importBytes(name, text.getBytes(StandardCharsets.UTF_8)).roadmap();
    }

    private static Workspace twoRoadmaps() throws Exception {
        return new Workspace(List.of(read("a.md", "# A\n## Caching\n- Redis\n"), read("b.md", "# B\n- Caching\n- Queues\n")));
    }

    private static Topic topic(Workspace ws, String label) {
        return ws.roadmaps().stream().flatMap(r -> r.topics().stream()).filter(t -> t.label().equals(label)).findFirst()
                .orElseThrow();
    }

    @Test
    void theMatchBegunOnReadingFindsTheOverlapsOfWhatWasRead() throws Exception {
        Workspace ws = twoRoadmaps();
        EarlyMatch early = EarlyMatch.start(ws, Optional.empty(), new Matcher(), new SameThreadExecutor());

        assertTrue(early.fits(ws.snapshot()));
        Atlas atlas = early.await();
        assertEquals(ws.roadmaps(), atlas.roadmaps());
        assertEquals(2, atlas.conceptOf(topic(ws, "Caching").id()).orElseThrow().size(), "caching in both roadmaps");
    }

    @Test
    void aDocumentChangedSinceItWasReadIsNotGivenTheEarlyMatch() throws Exception {
        Workspace ws = twoRoadmaps();
        EarlyMatch early = EarlyMatch.start(ws, Optional.empty(), new Matcher(), new SameThreadExecutor());
        Workspace.Snapshot asRead = ws.snapshot();

        ws.setDecisions(List.of(new Decision(Decision.Action.ADD, topic(ws, "Redis").id(), topic(ws, "Queues").id(),
                LinkKind.RELATED)));
        assertFalse(early.fits(ws.snapshot()), "a decision since");

        Workspace other = twoRoadmaps(); // the same files read again: other roadmaps, however alike
        assertFalse(early.fits(other.snapshot()));
        Workspace more = new Workspace(new ArrayList<>(asRead.roadmaps()));
        more.addRoadmap(read("c.md", "# C\n- Caching\n"));
        assertFalse(early.fits(more.snapshot()), "a roadmap added");
        assertTrue(early.fits(new Workspace(asRead.roadmaps()).snapshot()), "the very roadmaps read, no decisions");
    }

    @Test
    void aMatchThatNeverRanFailsTheRematchWaitingForItInsteadOfHangingIt() throws Exception {
        OutOfMemoryError full = new OutOfMemoryError("Java heap space");
        TaskExecutor refusing = new TaskExecutor() {
            @Override
            public <T> void execute(BackgroundTask<T> task) {
                task.failed(full);
            }
        };
        EarlyMatch early = EarlyMatch.start(twoRoadmaps(), Optional.empty(), new Matcher(), refusing);

        OutOfMemoryError thrown = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(OutOfMemoryError.class, early::await));
        assertSame(full, thrown, "the same error, so the window says the map is too big for the memory");
    }

    @Test
    void nothingReadIsNothingToMatch() throws Exception {
        Workspace empty = new Workspace();
        EarlyMatch early = EarlyMatch.start(empty, Optional.empty(), new Matcher(), new SameThreadExecutor());
        assertFalse(early.fits(empty.snapshot()), "an empty document is matched the ordinary way");
    }

    @Test
    void aCancelledEarlyMatchNeverDeliversAndWhoWaitsForItHears() throws Exception {
        Workspace ws = twoRoadmaps();
        java.util.Deque<Runnable> held = new java.util.ArrayDeque<>();
        TaskExecutor later = new TaskExecutor() {
            @Override
            public <T> void execute(BackgroundTask<T> task) {
                held.add(() -> new SameThreadExecutor().execute(task));
            }
        };
        EarlyMatch m = EarlyMatch.start(ws, java.util.Optional.empty(), new dev.crossmap.matching.Matcher(), later);
        m.cancel(); // the document it was for is gone before the match began
        held.removeFirst().run();
        org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CancellationException.class, m::await);
    }

    @Test
    void aMatchBegunOnRoadmapsJustReadFitsTheWorkspaceMadeOfThemAndGivesItsOverlaps() throws Exception {
        Workspace ws = twoRoadmaps();
        EarlyMatch m = EarlyMatch.start(ws.roadmaps(), List.of(), java.util.Optional.empty(),
                new dev.crossmap.matching.Matcher(), new SameThreadExecutor());
        org.junit.jupiter.api.Assertions.assertTrue(m.fits(ws.snapshot()), "the very roadmaps, no decisions");
        org.junit.jupiter.api.Assertions.assertEquals(1, m.await().concepts().size(), "Caching, in both");
        Workspace other = twoRoadmaps(); // the same text read again: other roadmaps, not these
        org.junit.jupiter.api.Assertions.assertFalse(m.fits(other.snapshot()));
    }
}

package dev.crossmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.document.Workspace;
import dev.crossmap.io.HeapGuard;
import dev.crossmap.matching.Matcher;
import dev.crossmap.model.Atlas;
import dev.crossmap.model.Progress;
import dev.crossmap.model.Topic;
import dev.crossmap.outline.Importer;
import dev.crossmap.storage.Recovery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The open document without a window: open, add, replace, save, dirty, undo, recovery, re-match. */
class DocumentSessionTest {
    @TempDir
    Path dir;
    private final List<DocumentSession> sessions = new ArrayList<>();
    private final List<String> statuses = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final List<Atlas> published = new ArrayList<>();

    private DocumentSession session(String recoveryName, Duration autosave) {
        DocumentSession s = new DocumentSession(new Importer(), new Matcher(), List.of(), new SameThreadExecutor(),
                dir.resolve("recovery").resolve(recoveryName), autosave);
        s.addListener(new SessionListener() {
            @Override
            public void status(String text) {
                statuses.add(text);
            }

            @Override
            public void failed(String header, String message) {
                failures.add(header + ": " + message);
            }

            @Override
            public void atlasChanged(Atlas atlas) {
                published.add(atlas);
            }
        });
        sessions.add(s);
        return s;
    }

    private DocumentSession session() {
        return session("recovery-1.crossmap.json", Duration.ofMinutes(1));
    }

    @AfterEach
    void close() {
        sessions.forEach(DocumentSession::close);
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static Topic topic(Workspace ws, String label) {
        return ws.roadmaps().stream().flatMap(r -> r.topics().stream()).filter(t -> t.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no topic " + label));
    }

    @Test
    void openingRoadmapsShowsThemAndTheirOverlaps() throws Exception {
        DocumentSession s = session();
        s.open(List.of(write("a.md", "# A\n## Caching\n- Redis\n## Testing\n"), write("b.md", "# B\n- Caching\n- Queues\n")));
        assertEquals(List.of("a.md", "b.md"), s.workspace().roadmaps().stream().map(r -> r.name()).toList());
        assertEquals(1, published.size(), "one re-match published");
        assertTrue(s.atlas().conceptOf(topic(s.workspace(), "Caching").id()).isPresent(), "caching is in both");
        assertEquals("2 roadmaps, 7 topics, 1 shared concepts (1 in 2 roadmaps)", statuses.get(statuses.size() - 1));
        assertFalse(s.isDirty());
        assertEquals("2 roadmaps \u2014 Crossmap", s.title());
    }

    @Test
    void editsMakeItDirtyUndoAndSaveMakeItClean() throws Exception {
        DocumentSession s = session();
        s.open(List.of(write("plan.md", "# Plan\n- Idempotency\n- Paging\n")));
        Workspace ws = s.workspace();
        TopicActions actions = new TopicActions(s);
        actions.setProgress(topic(ws, "Paging").id(), Progress.DONE);
        assertTrue(s.isDirty());
        assertEquals("*plan.md \u2014 Crossmap", s.title());
        s.undo();
        assertEquals(Progress.NOT_STARTED, ws.annotation(topic(ws, "Paging").id()).progress());
        actions.typeNote(topic(ws, "Idempotency").id(), "keys make retries safe");
        Path saved = dir.resolve("mine.crossmap.json");
        assertTrue(s.saveTo(saved));
        assertFalse(s.isDirty());
        assertEquals("mine.crossmap.json \u2014 Crossmap", s.title());

        DocumentSession again = session("recovery-2.crossmap.json", Duration.ofMinutes(1));
        again.open(List.of(saved));
        assertEquals("keys make retries safe", again.workspace().annotation(topic(again.workspace(), "Idempotency").id()).note());
        assertEquals(saved, again.file().orElseThrow());
    }

    @Test
    void reopeningASavedWorkspaceShowsTheSavedOverlapsWithoutMatchingAgainUntilSomethingChanges() throws Exception {
        DocumentSession s = session();
        s.open(List.of(write("a.md", "# A\n## Caching\n- Redis\n"), write("b.md", "# B\n- Caching\n- Queues\n")));
        Path saved = dir.resolve("both.crossmap.json");
        assertTrue(s.saveTo(saved));
        // Mark the saved reason: only a session that took the saved match can show it.
        String json = Files.readString(saved);
        assertTrue(json.contains("\"match\""), "the match is saved with the workspace");
        Files.writeString(saved, json.replace("same stem 'cach'", "as saved"));

        DocumentSession again = session("recovery-2.crossmap.json", Duration.ofMinutes(1));
        again.open(List.of(saved));
        Topic caching = topic(again.workspace(), "Caching");
        assertEquals(List.of("as saved"), again.atlas().conceptOf(caching.id()).orElseThrow().links().stream()
                .map(l -> l.reason()).toList(), "the saved match, not a new one");

        again.workspace().setDecisions(List.of(new dev.crossmap.model.Decision(dev.crossmap.model.Decision.Action.ADD,
                topic(again.workspace(), "Redis").id(), topic(again.workspace(), "Queues").id(),
                dev.crossmap.model.LinkKind.RELATED)));
        assertEquals(List.of("same stem 'cach'"), again.atlas().conceptOf(caching.id()).orElseThrow().links().stream()
                .map(l -> l.reason()).toList(), "a decision matches again");
    }

    @Test
    void aNewVersionOfAnOpenRoadmapReplacesItAndNotesFollowTheirTopics() throws Exception {
        DocumentSession s = session();
        Path plan = write("plan.md", "# Plan\n## APIs\n- Idempotency\n- Versoning\n");
        s.open(List.of(plan));
        new TopicActions(s).typeNote(topic(s.workspace(), "Versoning").id(), "URL or header");
        Files.writeString(plan, "# Plan\n## Intro\n- Why\n## APIs\n- Versioning\n- Idempotency\n");
        assertEquals(List.of(plan), s.alreadyOpen(List.of(plan, dir.resolve("other.md"))));
        s.add(List.of(plan), true);
        Workspace ws = s.workspace();
        assertEquals(1, ws.roadmaps().size(), "replaced, not added");
        assertEquals("URL or header", ws.annotation(topic(ws, "Versioning").id()).note());
        assertTrue(ws.unattached().isEmpty());
        assertEquals("Replaced 1 roadmap(s); every note found its topic", statuses.get(statuses.size() - 1));
        assertEquals(2, published.size(), "the overlaps were found again");
    }

    @Test
    void aFileNamedLikeAnOpenRoadmapComesInAsACopyWhenNotReplacing() throws Exception {
        DocumentSession s = session();
        Path plan = write("plan.md", "# Plan\n- Idempotency\n");
        s.open(List.of(plan));
        s.add(List.of(plan), false);
        assertEquals(List.of("plan.md", "plan.md (2)"), s.workspace().roadmaps().stream().map(r -> r.name()).toList());
        assertTrue(s.isDirty());
    }

    @Test
    void matchingLeavesTheSecondCoreToTheViewFromAnOpenUntilTheViewHasPaintedIt() throws Exception {
        DocumentSession s = session();
        assertFalse(s.awaitsView(), "nothing opened: matching may use every core");
        s.open(List.of(write("plan.md", "# Plan\n- Idempotency\n")));
        assertTrue(s.awaitsView(), "opened: the view paints it first");
        assertFalse(s.matcher().sharesCores());
        s.viewShown();
        assertFalse(s.awaitsView());
        assertTrue(s.matcher().sharesCores());
        s.open(List.of(dir.resolve("missing.md")));
        assertFalse(s.awaitsView(), "a failed open paints nothing new: both cores are matching's again");
        s.add(List.of(write("more.md", "# More\n- Paging\n")), false);
        assertTrue(s.awaitsView(), "an added roadmap is painted first too");
    }

    @Test
    void aFileThatCannotBeReadKeepsWhatIsOpen() throws Exception {
        DocumentSession s = session();
        s.open(List.of(write("plan.md", "# Plan\n- Idempotency\n")));
        Workspace before = s.workspace();
        s.open(List.of(dir.resolve("missing.md")));
        assertEquals(before, s.workspace());
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).startsWith("Could not open: "), failures.get(0));
        assertTrue(failures.get(0).contains("missing.md"), failures.get(0));
        assertTrue(failures.get(0).endsWith("What was open stays open."));
    }

    @Test
    void unsavedWorkIsAutosavedAndAnotherSessionRestoresIt() throws Exception {
        DocumentSession crashed = session("recovery-1.crossmap.json", Duration.ofMillis(10));
        crashed.open(List.of(write("plan.md", "# Plan\n- Indexes\n")));
        new TopicActions(crashed).typeNote(topic(crashed.workspace(), "Indexes").id(), "B-tree first");
        waitFor(() -> Files.exists(crashed.recoveryFile()), "the recovery file is written after the delay");

        DocumentSession next = session("recovery-2.crossmap.json", Duration.ofMinutes(1));
        List<Recovery.Found> found = next.recoverable();
        assertEquals(List.of(crashed.recoveryFile()), found.stream().map(Recovery.Found::file).toList());
        next.restore(found.get(0));
        assertEquals("B-tree first", next.workspace().annotation(topic(next.workspace(), "Indexes").id()).note());
        assertTrue(next.isDirty(), "restored work is unsaved work");
        assertTrue(Files.exists(next.recoveryFile()), "this session's autosave took the file over");
        assertFalse(Files.exists(crashed.recoveryFile()));
    }

    @Test
    void savingOrStartingAnewLeavesNothingToRecover() throws Exception {
        DocumentSession s = session("recovery-1.crossmap.json", Duration.ofMillis(10));
        s.open(List.of(write("plan.md", "# Plan\n- Indexes\n")));
        new TopicActions(s).setProgress(topic(s.workspace(), "Indexes").id(), Progress.LEARNING);
        waitFor(() -> Files.exists(s.recoveryFile()), "the recovery file is written after the delay");
        s.newWorkspace();
        assertFalse(Files.exists(s.recoveryFile()));
        assertTrue(s.workspace().roadmaps().isEmpty());
        assertEquals("Crossmap", s.title());
    }

    /** Autosave writes on its own thread: wait for what it does, never a fixed time. */
    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out: " + what);
            }
            Thread.sleep(5);
        }
    }

    @Test
    void aMapTooBigForTheMemorySaysWhichFileHowBigAndTheLimitNotAnOutOfMemoryError() throws Exception {
        Path big = write("huge.md", "- topic\n".repeat(200_000));
        // a worker whose heap runs out while reading, as FxTaskExecutor hands it on
        TaskExecutor outOfMemory = new TaskExecutor() {
            @Override
            public <T> void execute(BackgroundTask<T> task) {
                task.failed(new OutOfMemoryError("Java heap space"));
            }
        };
        DocumentSession s = new DocumentSession(new Importer(), new Matcher(), List.of(), outOfMemory,
                dir.resolve("recovery").resolve("oom.crossmap.json"), Duration.ofMinutes(1));
        sessions.add(s);
        List<String> seen = new ArrayList<>();
        s.addListener(new SessionListener() {
            @Override
            public void failed(String header, String message) {
                seen.add(header + ": " + message);
            }
        });
        s.open(List.of(big));
        assertEquals(1, seen.size(), seen.toString());
        String m = seen.get(0);
        assertTrue(m.startsWith("Could not open: " + big + " (1.6 MB): too big for the memory"), m);
        assertTrue(m.contains("(at most " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB)"), m);
        assertFalse(m.contains("OutOfMemoryError"), m);
    }

    @Test
    void matchingThatRunsOutOfMemoryKeepsTheMapAndSaysHowManyTopicsNotAnOutOfMemoryError() throws Exception {
        Path map = write("plan.md", "# Plan\n- Arrays\n- Graphs\n- Trees\n");
        // the file reads; every later task (the matching) finds the heap full, as FxTaskExecutor hands it on
        TaskExecutor fullAfterOpening = new TaskExecutor() {
            private int tasks;

            @Override
            public <T> void execute(BackgroundTask<T> task) {
                if (++tasks > 1) {
                    task.failed(new OutOfMemoryError("Java heap space"));
                    return;
                }
                new SameThreadExecutor().execute(task);
            }
        };
        DocumentSession s = new DocumentSession(new Importer(), new Matcher(), List.of(), fullAfterOpening,
                dir.resolve("recovery").resolve("oom2.crossmap.json"), Duration.ofMinutes(1));
        sessions.add(s);
        List<String> said = new ArrayList<>();
        s.addListener(new SessionListener() {
            @Override
            public void status(String text) {
                said.add(text);
            }
        });
        s.open(List.of(map));
        assertEquals(4, s.workspace().roadmaps().get(0).size(), "the map stays open");
        String last = said.get(said.size() - 1);
        assertTrue(last.startsWith("Could not find the overlaps: 4 topics need more memory than Crossmap may use"), last);
        assertTrue(last.contains("the map is shown without overlaps"), last);
        assertFalse(last.contains("OutOfMemoryError"), last);
    }

    @Test
    void aMapTooBigToShowGoesBackToWhatWasOpenAndSaysWhichFileHowBigAndTheLimit() throws Exception {
        Path small = write("small.md", "# Small\n- One\n");
        Path big = write("big.md", "# Big\n- A\n- B\n- C\n- D\n");
        DocumentSession s = session();
        // a view whose layout finds the heap full for the big map, as MindMapView does past the limit
        s.addListener(new SessionListener() {
            @Override
            public void documentReplaced(Workspace ws) {
                if (ws.roadmaps().stream().anyMatch(r -> r.size() > 3)) {
                    throw new OutOfMemoryError("Java heap space");
                }
            }
        });
        s.open(List.of(small));
        s.open(List.of(big));
        assertEquals(List.of("small.md"), s.workspace().roadmaps().stream().map(r -> r.name()).toList());
        String last = failures.get(failures.size() - 1);
        assertTrue(last.startsWith("Could not open: " + big + " (0.0 MB, 5 topics): too big for the memory"), last);
        assertTrue(last.endsWith("What was open stays open."), last);
        assertFalse(last.contains("OutOfMemoryError"), last);
    }

    @Test
    void aMapTooBigToReadStopsBeforeTheHeapIsFullAndWhatWasOpenStays() throws Exception {
        Path small = write("small.md", "# Small\n- One\n- Two\n");
        StringBuilder text = new StringBuilder("# Huge\n");
        for (int i = 0; i < 60_000; i++) {
            text.append("- topic ").append(i).append('\n');
        }
        Path huge = write("huge.md", text.toString());
        DocumentSession s = session();
        s.open(List.of(small));
        Workspace before = s.workspace();
        // the heap's limit just above what is live now: reading 60,000 topics takes megabytes more (the real guard,
        // which collects and measures; only the limit is not the one this JVM's -Xmx gives)
        System.gc();
        HeapGuard.setLimit(HeapGuard.used() + (1 << 20));
        try {
            s.open(List.of(huge));
        } finally {
            HeapGuard.setLimit(0);
        }
        assertEquals(List.of("small.md"), s.workspace().roadmaps().stream().map(r -> r.name()).toList(), "what was open stays");
        assertTrue(s.workspace() == before, "the same document, with its undo history");
        assertEquals(1, failures.size(), failures.toString());
        String m = failures.get(0);
        assertTrue(m.matches("Could not open: \\Q" + huge + "\\E \\(0\\.\\d MB, (over )?[\\d,]+ topics\\): too big for the memory Crossmap"
                + " may use on this machine \\(at most \\d+ MiB\\)\\. Open a smaller map, or start Crossmap with more memory"
                + " \\(JDK_JAVA_OPTIONS=-Xmx4g\\)\\.\\nWhat was open stays open\\."), m);
        assertFalse(m.contains("OutOfMemoryError"), m);
        assertTrue(statuses.get(statuses.size() - 1).startsWith("1 roadmap, 3 topics"), statuses.toString());
        // and the app goes on: with room again, the same file opens
        s.open(List.of(huge));
        assertEquals(60_001, s.workspace().topicCount());
    }
}

package dev.crossmap.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.matching.Matcher;
import dev.crossmap.model.Atlas;
import dev.crossmap.model.Roadmap;
import dev.crossmap.outline.ImportResult;
import dev.crossmap.outline.Importer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Labels are read and concepts gathered on two cores where there are two: the overlaps a user sees must not depend
 * on that, and a failure or a cancel on either thread must end the whole match.
 */
class SharedTest {
    /** Real files by other authors, big enough (thousands of labels) to be shared between two threads. */
    private static final List<String> FILES = List.of("backend-javaguide-zh.md", "backend-awesome-python.md",
            "devops-og-aws.md", "backend-yasenstar.mm", "sysdesign-binhnguyennus.md", "frontend-mouredev-es.md",
            "coding-interview-university.md", "devops-awesome-devops.md", "ds-awesome-datascience.md", "cs-ossu.md",
            "ml-yasenstar.mm", "sysdesign-ashishps1.md");

    private int machineCores;
    private int machineFewest;

    /** Two cores for every test, whatever the machine has; the knobs go back after. */
    @BeforeEach
    void twoCores() {
        machineCores = Shared.cores;
        machineFewest = Shared.fewest;
        Shared.cores = 2;
    }

    @AfterEach
    void machineAsItWas() {
        Thread.interrupted();
        Shared.cores = machineCores;
        Shared.fewest = machineFewest;
    }

    @Test
    void theOverlapsAreTheSameReadOnOneCoreOrOnTwo() throws Exception {
        List<Roadmap> roadmaps = new ArrayList<>();
        for (String f : FILES) {
            ImportResult r = new Importer().importFile(
                    Path.of(System.getProperty("crossmap.shared.dir", "../shared"), "corpus", f));
            roadmaps.add(r.roadmap());
        }
        int labels = roadmaps.stream().mapToInt(r -> r.topics().size()).sum();
        assertTrue(labels > 8 * Shared.CHUNK, "enough labels to be shared: " + labels);
        Shared.cores = 1;
        Atlas one = new Matcher().match(roadmaps);
        one.concepts(); // gathered now, on one core
        Shared.cores = 2;
        Shared.fewest = 0; // these files hold fewer labels (and concepts) than a helper is started for
        Atlas two = new Matcher().match(roadmaps);
        two.concepts();
        assertTrue(one.concepts().size() > 2 * Shared.CHUNK, "concepts enough to be gathered on two threads: "
                + one.concepts().size());
        assertEquals(describe(one), describe(two));
        assertEquals(one.links(), two.links());
        assertEquals(one.suggestions().toString(), two.suggestions().toString());
    }

    private static List<String> describe(Atlas a) {
        return a.concepts().stream().map(c -> c.label() + " " + c.members().stream().map(o -> o.vertex().toString()).toList()
                + " " + c.links().size()).toList();
    }

    @Test
    void aSmallMapIsReadOnOneThread() {
        int n = Shared.fewest - 1;
        Thread[] by = new Thread[n];
        Shared.forEach(n, "mine", () -> "theirs", (worker, i) -> by[i] = Thread.currentThread());
        for (int i = 0; i < n; i++) {
            assertSame(Thread.currentThread(), by[i], "item " + i);
        }
    }

    @Test
    void everyItemIsDoneOnceWhoeverDoesIt() {
        int n = 100 * Shared.CHUNK + 17;
        AtomicIntegerArray done = new AtomicIntegerArray(n);
        long[] result = new long[n];
        Shared.forEach(n, "mine", () -> "theirs", (worker, i) -> {
            done.incrementAndGet(i);
            result[i] = (long) i * i;
        });
        for (int i = 0; i < n; i++) {
            assertEquals(1, done.get(i), "item " + i);
            assertEquals((long) i * i, result[i], "item " + i);
        }
    }

    @Test
    void whileTheWindowKeepsTheSecondCoreEveryItemIsDoneOnThisThread() {
        int n = Shared.fewest + 20 * Shared.CHUNK;
        String[] by = new String[n];
        Shared.forEach(n, "mine", () -> "theirs", () -> false, (worker, i) -> by[i] = worker);
        for (int i = 0; i < n; i++) {
            assertEquals("mine", by[i], "item " + i);
        }
    }

    @Test
    void aFailureOnEitherThreadEndsTheWorkAndReachesTheCaller() {
        int n = 100 * Shared.CHUNK;
        for (int failing : new int[] {0, n / 2, n - 1}) {
            IllegalStateException boom = new IllegalStateException("label " + failing);
            IllegalStateException thrown = assertThrows(IllegalStateException.class,
                    () -> Shared.forEach(n, "mine", () -> "theirs", (worker, i) -> {
                        if (i == failing) {
                            throw boom;
                        }
                    }));
            assertSame(boom, thrown);
        }
        OutOfMemoryError full = new OutOfMemoryError("Java heap space");
        assertSame(full, assertThrows(OutOfMemoryError.class, () -> Shared.forEach(n, "mine", () -> "theirs", (worker, i) -> {
            if (i == n - 1) {
                throw full;
            }
        })));
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("crossmap-matching-helper") && t.isAlive()),
                "no helper thread is left running");
    }

    @Test
    void anInterruptStopsBothThreadsAndIsKept() {
        Thread.currentThread().interrupt(); // cleared after the test
        AtomicIntegerArray done = new AtomicIntegerArray(1);
        int n = 100 * Shared.CHUNK; // ~0.6 s of work, were it all done
        assertThrows(CancellationException.class, () -> Shared.forEach(n, "mine", () -> "theirs", (worker, i) -> {
            done.incrementAndGet(0);
            java.util.concurrent.locks.LockSupport.parkNanos(50_000);
        }));
        assertTrue(Thread.currentThread().isInterrupted(), "the interrupt stays for whoever looks next");
        assertTrue(done.get(0) < n / 2, "stopped after a chunk or so, not at the end: " + done.get(0));
    }
}

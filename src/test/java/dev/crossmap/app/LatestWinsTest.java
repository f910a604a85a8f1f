package dev.crossmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** When a newer re-match was asked for, an older one that ends later must not overwrite it. */
class LatestWinsTest {
    /** Holds tasks until the test runs them, in whatever order it likes. */
    private static final class HeldExecutor implements TaskExecutor {
        final Deque<Runnable> held = new ArrayDeque<>();

        @Override
        public <T> void execute(BackgroundTask<T> task) {
            held.add(() -> new SameThreadExecutor().execute(task));
        }
    }

    @Test
    void onlyTheLastSubmittedTaskIsDeliveredWhateverOrderTheyEndIn() {
        HeldExecutor executor = new HeldExecutor();
        LatestWins lane = new LatestWins(executor);
        List<String> delivered = new ArrayList<>();
        lane.submit(BackgroundTask.of(() -> "first").onSuccess(delivered::add));
        lane.submit(BackgroundTask.of(() -> "second").onSuccess(delivered::add));
        executor.held.removeLast().run();
        executor.held.removeLast().run();
        assertEquals(List.of("second"), delivered, "the first ended last but was dropped");
    }

    @Test
    void aFailureOfTheLatestIsDelivered() {
        HeldExecutor executor = new HeldExecutor();
        LatestWins lane = new LatestWins(executor);
        List<String> failed = new ArrayList<>();
        lane.submit(BackgroundTask.of(() -> {
            throw new IllegalStateException("no overlaps");
        }).onFailure(t -> failed.add(t.getMessage())));
        executor.held.removeLast().run();
        assertEquals(List.of("no overlaps"), failed);
    }

    /** Runs every task at once on a thread of its own, and delivers on it. */
    private static final class Threads implements TaskExecutor {
        @Override
        public <T> void execute(BackgroundTask<T> task) {
            Thread t = new Thread(() -> new SameThreadExecutor().execute(task));
            t.setDaemon(true);
            t.start();
        }
    }

    @Test
    void aNewerTaskStopsTheOlderOneWhileItRunsAndItsThreadIsFreeAfter() throws Exception {
        LatestWins lane = new LatestWins(new Threads());
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        List<Throwable> olderEnded = new ArrayList<>();
        lane.submit(BackgroundTask.of(() -> {
            started.countDown();
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.onSpinWait(); // long work that looks for a cancel, as the matcher does between topics
                }
                throw new CancellationException("stopped");
            } finally {
                stopped.countDown();
            }
        }).onFailure(olderEnded::add).onSuccess(v -> olderEnded.add(null)));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        CountDownLatch newer = new CountDownLatch(1);
        List<Boolean> interruptedInNewer = new ArrayList<>();
        lane.submit(BackgroundTask.of(() -> {
            interruptedInNewer.add(Thread.currentThread().isInterrupted());
            return "newer";
        }).onSuccess(v -> newer.countDown()));
        assertTrue(stopped.await(10, TimeUnit.SECONDS), "the older task was stopped, not left to run to its end");
        assertTrue(newer.await(10, TimeUnit.SECONDS));
        assertEquals(List.of(false), interruptedInNewer);
        assertEquals(List.of(), olderEnded, "the stopped task's failure is not delivered either");
    }

    @Test
    void aTaskReplacedBeforeItBeganNeverRuns() {
        HeldExecutor executor = new HeldExecutor();
        LatestWins lane = new LatestWins(executor);
        List<String> ran = new ArrayList<>();
        lane.submit(BackgroundTask.of(() -> {
            ran.add("first");
            return "first";
        }));
        lane.submit(BackgroundTask.of(() -> {
            ran.add("second");
            return "second";
        }));
        executor.held.removeFirst().run();
        executor.held.removeFirst().run();
        assertEquals(List.of("second"), ran);
    }
}

package dev.crossmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
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
}

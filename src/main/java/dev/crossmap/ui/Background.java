package dev.crossmap.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.concurrent.Task;

/** The one path for long work (import, matching): off the FX thread, on daemon threads. */
final class Background {
    private static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "crossmap-background");
        t.setDaemon(true);
        return t;
    });

    private Background() {
    }

    static <T> Task<T> run(Task<T> task) {
        EXECUTOR.execute(task);
        return task;
    }
}

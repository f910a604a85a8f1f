package dev.crossmap.ui;

import dev.crossmap.app.BackgroundTask;
import dev.crossmap.app.TaskExecutor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;

/**
 * The one path for long work in the window (import, matching, export): the work runs on daemon threads,
 * its reports and its result or failure are delivered on the FX thread.
 */
final class FxTaskExecutor implements TaskExecutor {
    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "crossmap-background");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        WORKERS.execute(() -> {
            T value;
            try {
                value = task.call(new BackgroundTask.Report() {
                    @Override
                    public void message(String text) {
                        Platform.runLater(() -> task.message(text));
                    }

                    @Override
                    public void progress(double fraction) {
                        Platform.runLater(() -> task.progress(fraction));
                    }
                });
            } catch (Throwable t) {
                // as javafx.concurrent.Task did: any failure (a deep stack included) reaches the user
                Platform.runLater(() -> task.failed(t));
                return;
            }
            Platform.runLater(() -> task.succeeded(value));
        });
    }
}

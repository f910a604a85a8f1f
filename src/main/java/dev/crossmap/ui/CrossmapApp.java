package dev.crossmap.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application: one main window. */
public final class CrossmapApp extends Application {
    private MainWindow window;
    /** The UI thread's handler of uncaught failures before the app put its own (tests start the app many times). */
    private Thread.UncaughtExceptionHandler uncaughtBefore;

    @Override
    public void init() {
        Launcher.toolkitStarted();
    }

    @Override
    public void start(Stage stage) {
        AppSettings settings = AppSettings.load();
        settings.theme().apply();
        window = new MainWindow(stage, settings, new SystemBrowser(getHostServices()));
        sayWhenTheWindowRunsOutOfMemory();
        if (StartupTrace.requested()) {
            StartupTrace.install(window, stage.getScene());
        }
        if (TrainingRun.requested()) {
            TrainingRun.quitWhenShown(window);
        }
        window.show();
        // After start() returns, so the question about lost work never holds up the window.
        Platform.runLater(() -> {
            if (!window.files().offerRecovery()) {
                window.files().open(Launcher.initialFiles());
            }
        });
    }

    /**
     * An OutOfMemoryError that reaches the UI thread uncaught (laying out or drawing a map too big for the heap)
     * leaves a line in the status bar with the limit and the advice; it is still printed as before. The reading and
     * matching report their own; this is for what no one else catches.
     */
    private void sayWhenTheWindowRunsOutOfMemory() {
        Thread ui = Thread.currentThread();
        Thread.UncaughtExceptionHandler before = ui.getUncaughtExceptionHandler();
        uncaughtBefore = before;
        MainWindow shown = window;
        ui.setUncaughtExceptionHandler((thread, failure) -> {
            if (failure instanceof OutOfMemoryError) {
                try {
                    shown.session().windowRanOutOfMemory();
                } catch (RuntimeException | Error again) {
                    // still no room: the stack trace below is all there is
                }
            }
            before.uncaughtException(thread, failure);
        });
    }

    /** The main window (tests drive it). */
    MainWindow window() {
        return window;
    }

    @Override
    public void stop() {
        if (uncaughtBefore != null) {
            Thread.currentThread().setUncaughtExceptionHandler(uncaughtBefore);
        }
        if (window != null) {
            window.shutdown();
        }
    }
}

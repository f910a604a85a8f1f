package dev.crossmap.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application: one main window. */
public final class CrossmapApp extends Application {
    private MainWindow window;

    @Override
    public void init() {
        Launcher.toolkitStarted();
    }

    @Override
    public void start(Stage stage) {
        AppSettings settings = AppSettings.load();
        settings.theme().apply();
        window = new MainWindow(stage, settings, new SystemBrowser(getHostServices()));
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

    /** The main window (tests drive it). */
    MainWindow window() {
        return window;
    }

    @Override
    public void stop() {
        if (window != null) {
            window.shutdown();
        }
    }
}

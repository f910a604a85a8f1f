package dev.crossmap.ui;

import dev.crossmap.workspace.AppSettings;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: one main window. */
public final class CrossmapApp extends Application {
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        window = new MainWindow(stage, AppSettings.load());
        window.show();
        window.open(Launcher.initialFiles());
    }

    @Override
    public void stop() {
        if (window != null) {
            window.rememberSettings();
        }
    }
}

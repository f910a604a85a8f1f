package dev.crossmap.ui;

import dev.crossmap.workspace.AppSettings;
import dev.crossmap.workspace.Recovery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts and stops the real application headless for a test, with clean settings. */
final class AppHarness {
    private final FxRobot robot;
    private Stage stage;
    private CrossmapApp app;

    AppHarness(FxRobot robot) {
        this.robot = robot;
    }

    /** Forgets settings and recovery files from earlier tests. */
    static void cleanSettings() throws IOException {
        Path folder = AppSettings.defaultFolder();
        Files.deleteIfExists(folder.resolve("settings.json"));
        Path recovery = Recovery.folder(folder);
        if (Files.isDirectory(recovery)) {
            try (Stream<Path> files = Files.walk(recovery)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Starts the app on these files (none: the bundled roadmaps) and waits until they are loaded. */
    Stage start(List<Path> files, String expectedStatusPrefix) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        Launcher.setInitialFiles(files);
        app = (CrossmapApp) FxToolkit.setupApplication(CrossmapApp.class);
        if (expectedStatusPrefix != null) {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status().startsWith(expectedStatusPrefix));
        }
        return stage;
    }

    MainWindow window() {
        return app.window();
    }

    Stage stage() {
        return stage;
    }

    String status() {
        StatusBar bar = robot.lookup("#statusBar").tryQuery().map(StatusBar.class::cast).orElse(null);
        return bar == null || bar.getText() == null ? "" : bar.getText();
    }

    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }
}

package dev.crossmap.ui;

import dev.crossmap.io.ConfigFolder;
import dev.crossmap.storage.Recovery;
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

    /**
     * Forgets settings and recovery files from earlier tests. The user has seen the first run's hint (it would
     * cover part of the map); {@link #firstRunSettings()} starts as a first run.
     */
    static void cleanSettings() throws IOException {
        firstRunSettings();
        Files.writeString(ConfigFolder.get().resolve("settings.json"), "{\"hintSeen\":true}");
    }

    /** Forgets all settings and recovery files, as on a first run. */
    static void firstRunSettings() throws IOException {
        Path folder = ConfigFolder.get();
        Files.createDirectories(folder);
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
        placeOnScreen();
        Launcher.setInitialFiles(files);
        app = (CrossmapApp) FxToolkit.setupApplication(CrossmapApp.class);
        if (expectedStatusPrefix != null) {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status().startsWith(expectedStatusPrefix));
        }
        return stage;
    }

    /**
     * Puts the shared primary stage fully on Monocle's screen: a window that an earlier test left partly
     * off-screen gets clicks at other places than TestFX computes.
     */
    static void placeOnScreen() throws Exception {
        FxToolkit.setupStage(s -> {
            s.setMaximized(false);
            s.setX(0);
            s.setY(0);
            s.setWidth(1200);
            s.setHeight(760);
        });
    }

    /** The centre of a node on the screen, fixed at the time of the call. */
    static javafx.geometry.Point2D centreOf(javafx.scene.Node node) {
        javafx.geometry.Bounds b = node.localToScreen(node.getBoundsInLocal());
        return new javafx.geometry.Point2D(b.getCenterX(), b.getCenterY());
    }

    /** The topic that starts at a line of a loaded roadmap. */
    dev.crossmap.model.Topic topicAt(String roadmap, int line) {
        return window().workspace().roadmaps().stream().filter(m -> m.name().equals(roadmap)).findFirst().orElseThrow()
                .topics().stream().filter(t -> t.line() == line).findFirst().orElseThrow();
    }

    /**
     * Starts the app with clean settings on the five bundled roadmaps, as a user with no arguments, and waits
     * until their overlaps are found.
     */
    void startOnTheBundledRoadmaps() throws Exception {
        cleanSettings();
        start(List.of(), "5 roadmaps");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status().contains("shared concepts"));
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

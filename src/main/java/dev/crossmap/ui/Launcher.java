package dev.crossmap.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;

/** Starts the JavaFX window; the only way {@code Main} reaches the toolkit. */
public final class Launcher {
    private static volatile List<Path> initialFiles = List.of();

    private Launcher() {
    }

    /** Opens the window on these files (none: the bundled roadmaps) and returns when it closes. */
    public static void open(List<Path> files) {
        initialFiles = List.copyOf(files);
        Application.launch(CrossmapApp.class);
    }

    static List<Path> initialFiles() {
        return initialFiles;
    }

    static void setInitialFiles(List<Path> files) {
        initialFiles = List.copyOf(files);
    }
}

package dev.crossmap.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.stage.Stage;

/**
 * What the window remembers between runs ({@link AppSettings}): its place and size, the theme, the recent files,
 * the first-run hint and the look of exported pictures. Every change is written at once; a failed write is said in
 * the status bar and costs only the memory of it.
 */
final class WindowSettings {
    private final Stage stage;
    private final AppSettings settings;
    private final Consumer<String> status;

    WindowSettings(Stage stage, AppSettings settings, Consumer<String> status) {
        this.stage = stage;
        this.settings = settings;
        this.status = status;
    }

    List<Path> recentFiles() {
        return settings.recent();
    }

    /** A file was opened or saved: at the top of File &gt; Open Recent. */
    void fileUsed(Path file) {
        settings.addRecent(file);
        save();
    }

    void clearRecent() {
        settings.clearRecent();
        save();
    }

    /** Switches the look of the whole app and remembers it. */
    void setTheme(Theme theme) {
        theme.apply();
        settings.setTheme(theme);
        save();
    }

    /** The first run's hint was dismissed: it does not come back. */
    void hintDismissed() {
        settings.setHintSeen(true);
        save();
    }

    /** Starts File &gt; Export &gt; Pictures in the Window's Look as remembered and remembers each change. */
    void keepPicturesLook(BooleanProperty windowLook) {
        windowLook.set(settings.picturesInWindowLook());
        windowLook.addListener((o, was, now) -> {
            settings.setPicturesInWindowLook(now);
            save();
        });
    }

    /** Remembers the window's place and size. */
    void rememberWindow() {
        if (WindowPlace.remember(stage, settings)) {
            save();
        }
    }

    private void save() {
        try {
            settings.save();
        } catch (IOException e) {
            status.accept("Could not remember settings: " + e.getMessage());
        }
    }
}

package dev.crossmap.ui;

import dev.crossmap.app.SessionListener;
import dev.crossmap.document.Workspace;
import dev.crossmap.model.Atlas;
import javafx.scene.Scene;

/**
 * For the start-up benchmarks only (system property {@code crossmap.startupTrace}, never shown to users): prints
 * to standard error, as {@code crossmap-trace EVENT EPOCH_MILLIS}, when the first roadmaps are on screen
 * ({@code map}) and when their first overlaps are ({@code overlaps}), which a window manager cannot see.
 */
final class StartupTrace {
    static final String PROPERTY = "crossmap.startupTrace";

    private StartupTrace() {
    }

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Starts listening to this window's document. */
    static void install(MainWindow window, Scene scene) {
        window.session().addListener(new SessionListener() {
            private boolean map;
            private boolean overlaps;

            @Override
            public void documentReplaced(Workspace ws) {
                if (!map && !ws.roadmaps().isEmpty()) {
                    map = true;
                    afterFrame(scene, "map");
                }
            }

            @Override
            public void atlasChanged(Atlas atlas) {
                if (!overlaps && map) {
                    overlaps = true;
                    afterFrame(scene, "overlaps");
                }
            }
        });
    }

    /** Prints once the frame showing the event has been drawn. */
    private static void afterFrame(Scene scene, String event) {
        Pulses.afterFrame(scene, () -> System.err.println("crossmap-trace " + event + " " + System.currentTimeMillis()));
    }
}

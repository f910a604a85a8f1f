package dev.crossmap.ui;

import dev.crossmap.app.SessionListener;
import dev.crossmap.model.Atlas;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * The build's training run (system property {@code crossmap.training}, never shown to users): the window opens
 * the bundled roadmaps as at every start, and once their overlaps are shown the app quits by itself, so the JVM
 * can list the classes a start needs for the class-data-sharing archive (packaging/build-image.sh).
 */
final class TrainingRun {
    static final String PROPERTY = "crossmap.training";

    private TrainingRun() {
    }

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Quits a few frames after the first overlaps are shown, so painting them is part of the run. */
    static void quitWhenShown(MainWindow window) {
        window.session().addListener(new SessionListener() {
            private boolean done;

            @Override
            public void atlasChanged(Atlas atlas) {
                if (!done && !window.workspace().roadmaps().isEmpty()) {
                    done = true;
                    afterFrames(5, Platform::exit);
                }
            }
        });
    }

    private static void afterFrames(int frames, Runnable then) {
        new AnimationTimer() {
            private int left = frames;

            @Override
            public void handle(long now) {
                if (--left <= 0) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }
}

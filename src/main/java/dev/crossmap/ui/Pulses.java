package dev.crossmap.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Work for when what the window just changed is on screen. */
final class Pulses {
    private Pulses() {
    }

    /**
     * Runs {@code then} on the UI thread at the second layout pass from now: the frame of the first has been drawn
     * by then (a map just bound is laid out and drawn in the first). Asks for the passes, so it also runs when
     * nothing else would have drawn.
     */
    static void afterFrame(Scene scene, Runnable then) {
        Runnable[] listener = new Runnable[1];
        int[] passes = {0};
        listener[0] = () -> {
            if (++passes[0] == 2) {
                scene.removePostLayoutPulseListener(listener[0]);
                then.run();
            } else {
                Platform.requestNextPulse();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}

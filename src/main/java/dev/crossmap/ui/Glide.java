package dev.crossmap.ui;

import dev.crossmap.layout.Viewport;
import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.util.Duration;

/** The map's viewport gliding from one view to another in a fifth of a second; a new glide replaces the last. */
final class Glide {
    private final ObjectProperty<Viewport> viewport;
    private Timeline running;

    Glide(ObjectProperty<Viewport> viewport) {
        this.viewport = viewport;
    }

    void between(Viewport from, Viewport to) {
        if (running != null) {
            running.stop();
        }
        DoubleProperty t = new SimpleDoubleProperty(0);
        t.addListener((o, was, now) -> viewport.set(Viewport.between(from, to, now.doubleValue())));
        running = new Timeline(new KeyFrame(Duration.millis(220), new KeyValue(t, 1, Interpolator.EASE_BOTH)));
        running.setOnFinished(e -> viewport.set(to));
        running.play();
    }

    boolean isRunning() {
        return running != null && running.getStatus() == Animation.Status.RUNNING;
    }
}

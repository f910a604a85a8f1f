package dev.crossmap.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Times frames of one scene from a change to the moment the frame showing it has been rendered.
 *
 * <p>How a JavaFX 21 frame goes: a pulse starts on the FX thread (animation timers and timelines run
 * first), then CSS, layout (our skin draws its canvas commands here), post-layout listeners, the sync of
 * the scene graph to the render graph; then the render job goes to the renderer thread, which rasterises
 * (prism.order=sw: in software) every dirty node, the canvas's buffered commands included, and presents
 * the window (Monocle headless: into its framebuffer). When that job finishes, Quantum's PaintCollector
 * calls the scene's paint listener, which calls the scene's {@code PerformanceTracker.frameRendered()};
 * its "rendered frame task" is the only hook that fires after the pixels are done, so this class installs
 * one (an internal API: needs {@code --add-exports javafx.graphics/com.sun.javafx.perf}, set in pom.xml).
 *
 * <p>What {@link #time} measures: from the start of a pulse, where it makes the change (inside an
 * {@link AnimationTimer}, as an animation would), to the end of that pulse's render: event-handler work,
 * layout and drawing calls, sync, rasterising and presenting. What it does not: the wait for the pulse
 * itself (up to one 60 Hz period after an input event), the input event's delivery, and a real display's
 * vsync and compositor. Before each frame it waits until the previous frame's render is over and nothing
 * has rendered for a while, so one frame's render is never mistaken for another's.
 */
final class RenderedFrames {
    private final Object lock = new Object();
    private CountDownLatch waiting;
    private long renderedAt;
    private long lastRender;
    private final Scene scene;
    private final List<Long> starts = new ArrayList<>();
    private final List<Long> ends = new ArrayList<>();
    private boolean recording;
    private AnimationTimer recorder;
    private Runnable afterLayout;
    private double[] gaps = new double[0];

    /**
     * Shows the benchmark's window, {@code width} x {@code height}, headless, with a control on screen first (as in
     * the app's window, so the default stylesheet is loaded before timing); returns its root, where the map goes.
     */
    static javafx.scene.layout.StackPane showWindow(int width, int height) throws java.util.concurrent.TimeoutException {
        System.setProperty("headless.geometry", width + "x" + height + "-32");
        javafx.stage.Stage stage = org.testfx.api.FxToolkit.registerPrimaryStage();
        javafx.scene.layout.StackPane root = new javafx.scene.layout.StackPane();
        org.testfx.api.FxToolkit.setupStage(s -> {
            root.getChildren().setAll(new javafx.scene.control.Label("Crossmap"));
            s.setMaximized(false);
            s.setScene(new Scene(root, width, height));
            s.sizeToScene();
            s.show();
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return root;
    }

    RenderedFrames(Scene scene) throws ReflectiveOperationException {
        this.scene = scene;
        Class<?> tracker = Class.forName("com.sun.javafx.perf.PerformanceTracker");
        Object sceneTracker = tracker.getMethod("getSceneTracker", Scene.class).invoke(null, scene);
        Runnable onRendered = this::rendered;
        tracker.getMethod("setOnRenderedFrameTask", Runnable.class).invoke(sceneTracker, onRendered);
    }

    /** Called on the renderer thread when a frame of the scene is on the (headless) screen. */
    private void rendered() {
        long now = System.nanoTime();
        synchronized (lock) {
            lastRender = now;
            if (recording) {
                ends.add(now);
            }
            if (waiting != null) {
                renderedAt = now;
                waiting.countDown();
                waiting = null;
            }
        }
    }

    /**
     * Makes {@code change} at the start of a pulse (FX thread) and returns the milliseconds until that
     * pulse's frame is rendered.
     */
    double time(Runnable change) throws InterruptedException {
        quiet();
        CountDownLatch done = new CountDownLatch(1);
        long[] start = new long[1];
        Platform.runLater(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                start[0] = System.nanoTime();
                change.run();
                synchronized (lock) {
                    waiting = done;
                }
            }
        }.start());
        if (!done.await(20, TimeUnit.SECONDS)) {
            throw new AssertionError("no frame was rendered after the change");
        }
        synchronized (lock) {
            return (renderedAt - start[0]) / 1e6;
        }
    }

    /** Waits until no frame has been rendered for 80 ms (the previous change is fully on screen). */
    void quiet() throws InterruptedException {
        while (true) {
            Thread.sleep(20);
            synchronized (lock) {
                if (System.nanoTime() - lastRender > 80_000_000L) {
                    return;
                }
            }
        }
    }

    /**
     * Starts timing every frame the scene draws, as they come (an animation's): the start of each pulse in
     * which {@code drawnFrames} went up (an animation timer runs first in each pulse; a post-layout listener
     * sees whether the control drew), and the end of each render. Renders finish in pulse order and only a
     * pulse that changed something renders, so the k-th drawing pulse is paired with the k-th render.
     */
    void startRecording(IntSupplier drawnFrames) throws InterruptedException {
        synchronized (lock) {
            starts.clear();
            ends.clear();
            recording = true;
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.runLater(() -> {
            long[] pulse = new long[2];
            recorder = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    pulse[0] = System.nanoTime();
                    pulse[1] = drawnFrames.getAsInt();
                }
            };
            afterLayout = () -> {
                if (drawnFrames.getAsInt() != pulse[1]) {
                    synchronized (lock) {
                        starts.add(pulse[0]);
                    }
                }
            };
            scene.addPostLayoutPulseListener(afterLayout);
            recorder.start();
            started.countDown();
        });
        started.await();
    }

    /** The milliseconds between one rendered frame and the next in the last recording: a hitch is a long one. */
    double[] gapsBetweenFrames() {
        synchronized (lock) {
            return gaps.clone();
        }
    }

    /**
     * Waits until the frames stop (nothing rendered for 80 ms), stops recording and returns the milliseconds
     * from each drawing pulse's start to the end of its render.
     */
    double[] stopRecording() throws InterruptedException {
        quiet();
        CountDownLatch stopped = new CountDownLatch(1);
        Platform.runLater(() -> {
            recorder.stop();
            scene.removePostLayoutPulseListener(afterLayout);
            stopped.countDown();
        });
        stopped.await();
        synchronized (lock) {
            recording = false;
            int n = Math.min(starts.size(), ends.size());
            gaps = new double[Math.max(0, ends.size() - 1)];
            for (int i = 1; i < ends.size(); i++) {
                gaps[i - 1] = (ends.get(i) - ends.get(i - 1)) / 1e6;
            }
            double[] ms = new double[n];
            for (int i = 0; i < n; i++) {
                ms[i] = (ends.get(i) - starts.get(i)) / 1e6;
            }
            return ms;
        }
    }
}

package dev.crossmap.ui;

import dev.crossmap.layout.MapGeometry;
import dev.crossmap.layout.Viewport;
import dev.crossmap.matching.Matcher;
import dev.crossmap.model.Atlas;
import dev.crossmap.model.Roadmap;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Frames of the real {@link MindMapView} (100,000 topics, headless) panned on every pulse while the same
 * roadmaps are matched on a background thread, as the window does after opening a map: each frame's time from
 * its pulse to its render, and the gap between one rendered frame and the next (a garbage-collection pause or
 * a starved FX thread shows there). The first match in the JVM is the one a user meets (code not yet compiled).
 * Run: {@code src/bench/run frames-matching} (with the launcher's JVM options).
 */
@Tag("benchmark")
class FramesWhileMatchingBenchmark {
    private static final int TOPICS = 100_000;
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;
    private static StackPane root;
    private static RenderedFrames frames;

    @BeforeAll
    static void showAnEmptyWindow() throws Exception {
        root = RenderedFrames.showWindow(WIDTH, HEIGHT);
        frames = new RenderedFrames(root.getScene());
    }

    @AfterAll
    static void closeTheWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void framesWhileMatchingRunsInTheBackground() throws Exception {
        List<Roadmap> roadmaps = MindMapFrameBenchmark.generate(TOPICS, 42);
        System.out.printf(Locale.ROOT, "%nFrames while matching: %,d topics, window %dx%d, %s, Java %s, %d cores, JVM %s%n",
                TOPICS, WIDTH, HEIGHT, System.getProperty("prism.order"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                        .filter(a -> a.startsWith("-XX") || a.startsWith("-Xm")).toList());
        MindMapView map = onFx(() -> {
            MindMapView v = new MindMapView(roadmaps);
            root.getChildren().setAll(v);
            return v;
        });
        WaitForAsyncUtils.waitForFxEvents();
        MapGeometry g = map.getGeometry();
        Viewport fit = onFx(map::getViewport);
        int centre = g.visibleNode(g.visibleCount() / 2);
        onFx(() -> {
            map.viewportProperty().set(fit.zoomTo(0.5, WIDTH / 2.0, HEIGHT / 2.0).centreOn(g.x(centre), g.y(centre)));
            return null;
        });
        measure("panning, nothing else running", map, () -> sleep(4000));
        for (int round = 1; round <= 2; round++) {
            long[] matchNanos = new long[1];
            Runnable match = () -> {
                long t0 = System.nanoTime();
                Atlas a = new Matcher().match(roadmaps);
                a.concepts();
                matchNanos[0] = System.nanoTime() - t0;
            };
            measure("panning while matching" + (round == 1 ? " (first match in the JVM)" : " (again)"), map, () -> {
                Thread worker = new Thread(match, "crossmap-background");
                worker.setDaemon(true);
                worker.setPriority(Thread.MIN_PRIORITY); // as DocumentSession's re-match asks
                worker.start();
                try {
                    worker.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            System.out.printf(Locale.ROOT, "    (the match took %.0f ms)%n", matchNanos[0] / 1e6);
        }
    }

    /** Pans the map on every pulse while {@code during} runs, then prints the frame figures and the GC pauses. */
    private static void measure(String what, MindMapView map, Runnable during) throws Exception {
        AtomicLong step = new AtomicLong();
        AnimationTimer panner = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long k = step.getAndIncrement();
                map.panBy((k % 40) < 20 ? 9 : -9, (k % 80) < 40 ? 5 : -5);
            }
        };
        long gcCount = gcCount();
        long gcMillis = gcMillis();
        long t0 = System.nanoTime();
        frames.startRecording(((MindMapSkin) map.getSkin()).framesProperty()::get);
        onFx(() -> {
            panner.start();
            return null;
        });
        during.run();
        onFx(() -> {
            panner.stop();
            return null;
        });
        double[] latency = frames.stopRecording();
        double[] gaps = frames.gapsBetweenFrames();
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "  %s: %d frames in %.1f s%n", what, latency.length, seconds);
        System.out.printf(Locale.ROOT, "    pulse to rendered frame:  %s%n", describe(latency));
        System.out.printf(Locale.ROOT, "    gap between frames:       %s, %d over 50 ms%n", describe(gaps),
                Arrays.stream(gaps).filter(ms -> ms > 50).count());
        System.out.printf(Locale.ROOT, "    GC meanwhile: %d collections, %d ms in all%n", gcCount() - gcCount,
                gcMillis() - gcMillis);
    }

    private static String describe(double[] ms) {
        if (ms.length == 0) {
            return "no frames";
        }
        double[] s = ms.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "median %5.1f ms, p99 %6.1f ms, max %6.1f ms", s[s.length / 2],
                s[Math.min(s.length - 1, (int) Math.ceil(s.length * 0.99) - 1)], s[s.length - 1]);
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(60, TimeUnit.SECONDS);
    }
}

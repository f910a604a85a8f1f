package dev.crossmap.ui;

import dev.crossmap.layout.MapGeometry;
import dev.crossmap.layout.MapTree;
import dev.crossmap.layout.Viewport;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import dev.crossmap.model.TopicId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Frame times of the real {@link MindMapView} on a generated atlas of 100,000 topics, headless (Monocle,
 * software pipeline), each timed from the change to the end of the rendered frame (see
 * {@link RenderedFrames} for exactly what that covers). Prints median, min and max over repeated frames
 * after warm-up; asserts nothing about time (a benchmark, not a test: excluded from the normal run).
 * Run: {@code src/bench/run frames}.
 */
@Tag("benchmark")
class MindMapFrameBenchmark {
    private static final int TOPICS = 100_000;
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;
    private static final int WARM_UP = 5;
    private static final int ROUNDS = 40;
    private static final String[] WORDS = {"Python", "async", "event loop", "indexes", "B-tree", "transactions",
        "isolation levels", "caching", "Redis", "queues", "Kafka", "HTTP/2", "REST", "gRPC", "auth", "OAuth 2",
        "JWT", "testing", "pytest", "fixtures", "profiling", "memory", "GIL", "threads", "processes", "Docker",
        "Kubernetes", "observability", "tracing", "SQL", "joins", "query plans", "sharding", "replication"};
    private static StackPane root;
    private static RenderedFrames frames;

    @BeforeAll
    static void showAnEmptyWindow() throws Exception {
        // A screen as big as the window, so nothing of the frame is clipped away (when the toolkit starts here).
        root = RenderedFrames.showWindow(WIDTH, HEIGHT);
        frames = new RenderedFrames(root.getScene());
    }

    @AfterAll
    static void closeTheWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    /**
     * Five roadmaps of {@code size} topics in all, filled breadth first with outline-like fan-out (roadmaps
     * 2-3 top-level topics, levels 2-3 5-12 children, deeper 0-6), labels of 1-6 words: the shape of
     * {@code src/bench/run layout}'s generated map, as real {@link Roadmap}s.
     */
    static List<Roadmap> generate(int size, long seed) {
        Random rnd = new Random(seed);
        List<List<Topic>> perRoadmap = new ArrayList<>();
        List<Topic> queue = new ArrayList<>();
        List<Integer> roadmapOf = new ArrayList<>();
        int topics = 0;
        for (int r = 0; r < 5; r++) {
            perRoadmap.add(new ArrayList<>());
            int fan = 2 + rnd.nextInt(2);
            for (int k = 0; k < fan; k++) {
                Topic t = topic(topics++, null, 0, rnd);
                perRoadmap.get(r).add(t);
                queue.add(t);
                roadmapOf.add(r);
            }
        }
        for (int i = 0; topics < size; i++) {
            Topic p = queue.get(i);
            int fan = p.depth() <= 1 ? 5 + rnd.nextInt(8) : rnd.nextInt(7);
            for (int k = 0; k < fan && topics < size; k++) {
                Topic t = topic(topics++, p.id(), p.depth() + 1, rnd);
                perRoadmap.get(roadmapOf.get(i)).add(t);
                queue.add(t);
                roadmapOf.add(roadmapOf.get(i));
            }
        }
        List<Roadmap> out = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            out.add(new Roadmap("generated-" + (r + 1) + ".md", "Roadmap " + (r + 1) + ": " + label(rnd), "markdown",
                    perRoadmap.get(r), ""));
        }
        return out;
    }

    private static Topic topic(int n, TopicId parent, int depth, Random rnd) {
        String label = label(rnd);
        return new Topic(new TopicId("t" + n), parent, label, label, n + 1, depth, null, null, null, false);
    }

    private static String label(Random rnd) {
        StringBuilder sb = new StringBuilder(WORDS[rnd.nextInt(WORDS.length)]);
        for (int w = rnd.nextInt(6); w > 0; w--) {
            sb.append(' ').append(WORDS[rnd.nextInt(WORDS.length)].toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    private static String describe(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "median %6.1f ms  (min %5.1f, max %6.1f, %d frames)", s[s.length / 2], s[0],
                s[s.length - 1], s.length);
    }

    private static void print(String what, String figures) {
        System.out.printf(Locale.ROOT, "  %-58s %s%n", what, figures);
    }

    /** Times {@code rounds} frames of {@code change} after {@link #WARM_UP} untimed ones. */
    private static double[] frames(int rounds, Runnable change) throws InterruptedException {
        for (int i = 0; i < WARM_UP; i++) {
            frames.time(change);
        }
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            ms[i] = frames.time(change);
        }
        return ms;
    }

    private static double[] drawCalls(int rounds, Runnable change, MindMapView view) throws InterruptedException {
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            frames.time(change);
            ms[i] = ((MindMapSkin) view.getSkin()).lastFrameNanos() / 1e6;
        }
        return ms;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(60, TimeUnit.SECONDS);
    }

    private static long heapAfterGcMb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }

    @Test
    void framesOfAHundredThousandTopicMap() throws Exception {
        long heapBefore = heapAfterGcMb();
        List<Roadmap> roadmaps = generate(TOPICS, 42);
        long heapRoadmaps = heapAfterGcMb();
        System.out.printf(Locale.ROOT, "%nMind map frames: %,d topics in 5 roadmaps, window %dx%d, prism.order=%s, %s, "
                        + "Java %s, %d cores%n", TOPICS, WIDTH, HEIGHT, System.getProperty("prism.order"),
                System.getProperty("glass.platform"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());

        // The floor: a window-sized canvas repainted with one fillRect; every full-window canvas frame pays it.
        javafx.scene.canvas.Canvas plain = new javafx.scene.canvas.Canvas(WIDTH, HEIGHT);
        onFx(() -> root.getChildren().setAll(plain));
        int[] shade = {0};
        double[] floor = frames(ROUNDS, () -> {
            plain.getGraphicsContext2D().setFill(javafx.scene.paint.Color.gray(0.9 + 0.05 * (shade[0]++ % 2)));
            plain.getGraphicsContext2D().fillRect(0, 0, WIDTH, HEIGHT);
        });
        print("floor: a bare window-sized canvas filled once", describe(floor));

        // Initial layout + first frame: a new control on the roadmaps (tree, every label measured with the
        // real font, tidy layout, spatial index, zoom to fit, the far-zoom overview drawn), to its first frame.
        MindMapView[] view = new MindMapView[1];
        Runnable open = () -> {
            view[0] = new MindMapView(roadmaps);
            root.getChildren().setAll(view[0]);
        };
        double cold = frames.time(open);
        double[] first = new double[5];
        for (int i = -2; i < first.length; i++) {
            double ms = frames.time(open);
            if (i >= 0) {
                first[i] = ms;
            }
        }
        MindMapView map = view[0];
        MapGeometry g = map.getGeometry();
        print("initial layout + first frame, first time in the JVM", String.format(Locale.ROOT, "%.1f ms", cold));
        print("initial layout + first frame, again (warm)", describe(first));

        MapTree tree = g.tree();
        int target = 1;
        for (int v = 1; v < tree.size(); v++) {
            if (tree.depth(v) >= 2 && Math.abs(tree.subtreeSize(v) - 10_000) < Math.abs(tree.subtreeSize(target) - 10_000)) {
                target = v;
            }
        }
        TopicId fold = tree.id(target);
        System.out.printf(Locale.ROOT, "  (map: %,d nodes, %,d visible; fold target '%s', %,d topics below it)%n",
                tree.size(), g.visibleCount(), tree.label(target), tree.subtreeSize(target) - 1);

        // Pan and zoom: around the fold target's parent, at several zooms; one viewport change per frame.
        Random rnd = new Random(7);
        Viewport fit = onFx(map::getViewport);
        for (double zoom : new double[] {1, 0.5, 0.25, 0.1}) {
            int centre = g.visibleNode(rnd.nextInt(g.visibleCount()));
            onFx(() -> {
                map.viewportProperty().set(fit.zoomTo(zoom, WIDTH / 2.0, HEIGHT / 2.0).centreOn(g.x(centre), g.y(centre)));
                return null;
            });
            int[] step = {0};
            Runnable pan = () -> map.panBy((step[0]++ % 20) < 10 ? 37 : -37, 23 * ((step[0] / 20) % 2 == 0 ? 1 : -1));
            double[] ms = frames(ROUNDS, pan);
            double[] draw = drawCalls(10, pan, map);
            print(String.format(Locale.ROOT, "pan frame, zoom %.2f (%d boxes drawn)", zoom,
                    ((MindMapSkin) map.getSkin()).boxesDrawn()), describe(ms));
            print("  of which drawing calls on the canvas", describe(draw));
            int[] zooms = {0};
            // In first, then out: every step changes the view (at the farthest zoom, out would change nothing).
            Runnable zoomStep = () -> map.zoomAround(WIDTH / 2.0, HEIGHT / 2.0, (zooms[0]++ % 2) == 0 ? 1.1 : 1 / 1.1);
            double[] zms = frames(ROUNDS, zoomStep);
            print(String.format(Locale.ROOT, "zoom frame (x1.1 / 1/1.1), zoom %.2f", zoom), describe(zms));
        }
        onFx(() -> {
            map.zoomToFit();
            return null;
        });
        int[] step = {0};
        double[] overviewPan = frames(ROUNDS, () -> map.panBy((step[0]++ % 2) == 0 ? 15 : -15, 0));
        print(String.format(Locale.ROOT, "pan frame, zoom to fit %.5f (overview: %s)", fit.scale(),
                ((MindMapSkin) map.getSkin()).overviewDrawn()), describe(overviewPan));
        int[] zooms = {0};
        double[] overviewZoom = frames(ROUNDS, () -> map.zoomAround(WIDTH / 2.0, HEIGHT / 2.0,
                (zooms[0]++ % 2) == 0 ? 1.1 : 1 / 1.1));
        print("zoom frame, zoom to fit", describe(overviewZoom));

        // Fold and unfold a ~10,000-topic subtree, looked at from zoom 1 as a user clicking it would.
        int t = target;
        onFx(() -> {
            map.viewportProperty().set(fit.zoomTo(1, WIDTH / 2.0, HEIGHT / 2.0).centreOn(g.x(t), g.y(t)));
            return null;
        });
        double[] foldMs = new double[ROUNDS];
        double[] unfoldMs = new double[ROUNDS];
        for (int i = -WARM_UP; i < ROUNDS; i++) {
            double f = frames.time(() -> map.toggleFold(fold));
            double u = frames.time(() -> map.toggleFold(fold));
            if (i >= 0) {
                foldMs[i] = f;
                unfoldMs[i] = u;
            }
        }
        print("fold the subtree, to the next rendered frame", describe(foldMs));
        print("unfold it, to the next rendered frame", describe(unfoldMs));

        // An animated fold: a small subtree at zoom 1, folded and unfolded with the glide on. The first frame
        // includes working out which topics can cross the window (one pass over the ~100,000 visible topics).
        int small = 1;
        for (int v = 1; v < tree.size(); v++) {
            if (tree.depth(v) >= 3 && Math.abs(tree.subtreeSize(v) - 100) < Math.abs(tree.subtreeSize(small) - 100)) {
                small = v;
            }
        }
        TopicId glide = tree.id(small);
        int sm = small;
        onFx(() -> {
            map.viewportProperty().set(fit.zoomTo(1, WIDTH / 2.0, HEIGHT / 2.0).centreOn(g.x(sm), g.y(sm)));
            return null;
        });
        List<Double> firstAnimated = new ArrayList<>();
        List<Double> between = new ArrayList<>();
        int[] framesPerFold = new int[2];
        for (int i = -WARM_UP; i < 10; i++) {
            for (int k = 0; k < 2; k++) {
                int drawnBefore = onFx(() -> ((MindMapSkin) map.getSkin()).framesProperty().get());
                frames.startRecording(((MindMapSkin) map.getSkin()).framesProperty()::get);
                double ms = frames.time(() -> map.toggleFold(glide));
                double[] all = frames.stopRecording();
                int drawnAfter = onFx(() -> ((MindMapSkin) map.getSkin()).framesProperty().get());
                if (i >= 0) {
                    firstAnimated.add(ms);
                    // The recording's first frame is the one timed above; the rest are the glide's.
                    for (int f = 1; f < all.length; f++) {
                        between.add(all[f]);
                    }
                    framesPerFold[0] += drawnAfter - drawnBefore;
                    framesPerFold[1]++;
                }
            }
        }
        print(String.format(Locale.ROOT, "animated fold/unfold of %d topics: first frame", tree.subtreeSize(small) - 1),
                describe(firstAnimated.stream().mapToDouble(Double::doubleValue).toArray()));
        print(String.format(Locale.ROOT, "  its later frames (%.1f frames drawn a fold)",
                framesPerFold[0] / (double) framesPerFold[1]), describe(between.stream().mapToDouble(Double::doubleValue).toArray()));

        onFx(() -> {
            map.foldsAnimatedProperty().set(false);
            return null;
        });
        double[] unanimated = frames(ROUNDS, () -> map.toggleFold(glide));
        print("  the same fold/unfold with animation off", describe(unanimated));
        if (onFx(() -> map.getFoldedTopics().contains(glide))) {
            frames.time(() -> map.toggleFold(glide));
        }

        long heapShown = heapAfterGcMb();
        print("heap after GC: before anything", heapBefore + " MB");
        print("heap after GC: the generated roadmaps", heapRoadmaps + " MB");
        print("heap after GC: roadmaps + the control showing them", heapShown + " MB");
        // Uses both after the measurement, so neither can be collected before it.
        System.out.printf(Locale.ROOT, "  (measured while showing %,d of %,d topics in %d roadmaps)%n",
                map.getGeometry().visibleCount(), tree.size(), roadmaps.size());
    }
}

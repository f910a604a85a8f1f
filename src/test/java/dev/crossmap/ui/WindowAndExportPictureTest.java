package dev.crossmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.export.Decorations;
import dev.crossmap.export.MapImage;
import dev.crossmap.layout.MapGeometry;
import dev.crossmap.layout.MapTree;
import dev.crossmap.layout.Point;
import dev.crossmap.layout.Side;
import dev.crossmap.layout.Viewport;
import dev.crossmap.model.Progress;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import dev.crossmap.model.TopicId;
import dev.crossmap.outline.Importer;
import dev.crossmap.paint.Argb;
import dev.crossmap.paint.MapStyle;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The same small map, with the same marks, seen in the window and exported as PNG: one painter, so the
 * same colours in the same places (boxes, badges, progress marks, done bars, fold handles).
 */
class WindowAndExportPictureTest extends FxRobot {
    private static final MapStyle STYLE = MapStyle.LIGHT;
    private static final String PLAN = """
            # Plan
            - Idempotency
              - idempotency keys
              - safe retries
            - Pagination
            - Rate limits
            """;
    private static final String NOTES = """
            # Notes
            - Idempotency
            - Caching
              - TTL
              - Eviction
            """;
    private List<Roadmap> roadmaps;
    private MindMapView view;
    private TopicId idempotency;
    private TopicId pagination;
    private TopicId caching;
    private TopicId rateLimits;

    @BeforeEach
    void showTheMap() throws Exception {
        Importer importer = new Importer();
        roadmaps = List.of(importer.importBytes("plan.md", PLAN.getBytes(StandardCharsets.UTF_8)).roadmap(),
                importer.importBytes("notes.md", NOTES.getBytes(StandardCharsets.UTF_8)).roadmap());
        idempotency = topic(0, "Idempotency");
        pagination = topic(0, "Pagination");
        rateLimits = topic(0, "Rate limits");
        caching = topic(1, "Caching");
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            view = new MindMapView(roadmaps);
            s.setMaximized(false);
            s.setScene(new Scene(view, 900, 560));
            s.sizeToScene();
            s.show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> view.getWidth() > 0 && view.getViewport().width() == view.getWidth());
        interact(() -> {
            view.foldsAnimatedProperty().set(false);
            view.setFoldedTopics(Set.of(caching));
            view.marksProperty().set(id -> marks(id));
            MapGeometry g = view.getGeometry();
            Viewport v = view.getViewport();
            // Zoom 1: text, badges and marks all at their full size.
            view.viewportProperty().set(v.zoomTo(1, 0, 0).centreOn(g.bounds().centre().x(), g.bounds().centre().y()));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeTheMap() throws Exception {
        FxToolkit.cleanupStages();
    }

    private TopicId topic(int roadmap, String label) {
        return roadmaps.get(roadmap).topics().stream().filter(t -> t.label().equals(label)).map(Topic::id).findFirst()
                .orElseThrow();
    }

    private Progress progress(TopicId id) {
        return id.equals(idempotency) ? Progress.DONE : id.equals(pagination) ? Progress.LEARNING
                : id.equals(caching) ? Progress.SKIPPED : Progress.NOT_STARTED;
    }

    private int places(TopicId id) {
        return id.equals(idempotency) || id.equals(topic(1, "Idempotency")) ? 2 : 1;
    }

    /** The window's marks, as the map pane would give them: branch bars count what is done below. */
    private NodeMarks marks(TopicId id) {
        MapTree tree = view.getGeometry().tree();
        int n = tree.node(id).orElseThrow();
        int done = 0;
        for (int i = n + 1; i < n + tree.subtreeSize(n); i++) {
            done += progress(tree.id(i)) == Progress.DONE ? 1 : 0;
        }
        return new NodeMarks(places(id), progress(id), id.equals(rateLimits), done, tree.subtreeSize(n) - 1);
    }

    /** The same marks, as an export is given them. */
    private Decorations decorations() {
        return new Decorations() {
            @Override
            public int occurrences(TopicId topic) {
                return places(topic);
            }

            @Override
            public Progress progress(TopicId topic) {
                return WindowAndExportPictureTest.this.progress(topic);
            }

            @Override
            public boolean hasNote(TopicId topic) {
                return topic.equals(rateLimits);
            }
        };
    }

    /** A picture as ARGB pixels, whichever toolkit drew it. */
    private interface Picture {
        int argb(double x, double y);
    }

    private static int distance(int a, int b) {
        return Math.abs(Argb.red(a) - Argb.red(b)) + Math.abs(Argb.green(a) - Argb.green(b))
                + Math.abs(Argb.blue(a) - Argb.blue(b));
    }

    @Test
    void theWindowAndItsPngExportShowTheSameColoursAndMarksInTheSamePlaces() throws Exception {
        MapGeometry g = view.getGeometry();
        Viewport v = view.getViewport();
        WritableImage shot = WaitForAsyncUtils.asyncFx(() -> view.snapshot(null, null)).get();
        BufferedImage png = MapImage.render(g, v, decorations());
        assertEquals((int) shot.getWidth(), png.getWidth());
        assertEquals((int) shot.getHeight(), png.getHeight());
        PngFile.write(shot, Path.of("target", "same-map-window.png"));
        Files.write(Path.of("target", "same-map-export.png"), MapImage.pngBytes(png));
        PixelReader px = shot.getPixelReader();
        Picture window = (x, y) -> px.getArgb((int) Math.round(x), (int) Math.round(y));
        Picture export = (x, y) -> png.getRGB((int) Math.round(x), (int) Math.round(y));

        Map<String, double[]> spots = new LinkedHashMap<>();
        Map<String, Integer> expected = new LinkedHashMap<>();
        MapTree tree = g.tree();
        double s = v.scale();
        for (int n : g.visibleNodes()) {
            Point p = v.toScreen(g.x(n), g.y(n));
            int colour = STYLE.colourOf(tree, n);
            String name = "the box of '" + tree.label(n) + "'";
            // In the left padding, clear of the label, below where a progress mark sits.
            spots.put(name, new double[] {p.x() + 3 * s + 6 + 2, p.y() + g.height(n) * s - 3});
            expected.put(name, STYLE.boxFill(colour, tree.depth(n)));
        }
        int idem = g.node(idempotency).orElseThrow();
        Point box = v.toScreen(g.x(idem), g.y(idem));
        double r = 6;
        double w = g.width(idem) * s;
        double h = g.height(idem) * s;
        double badgeWidth = 2 * r + 2 * 5.5;
        spots.put("the x2 badge's left end", new double[] {box.x() + w - badgeWidth + r + 2, box.y()});
        expected.put("the x2 badge's left end", STYLE.palette().overlap());
        spots.put("the done mark above its tick", new double[] {box.x(), box.y() + h / 2 - 3.5});
        expected.put("the done mark above its tick", STYLE.palette().done());
        int learning = g.node(pagination).orElseThrow();
        Point lp = v.toScreen(g.x(learning), g.y(learning) + g.height(learning) / 2);
        spots.put("the learning mark's filled half", new double[] {lp.x() - r / 2, lp.y()});
        expected.put("the learning mark's filled half", STYLE.palette().learning());
        spots.put("the learning mark's empty half", new double[] {lp.x() + r / 2, lp.y()});
        expected.put("the learning mark's empty half", STYLE.palette().paper());
        int skipped = g.node(caching).orElseThrow();
        Point sp = v.toScreen(g.x(skipped), g.y(skipped) + g.height(skipped) / 2);
        spots.put("the skipped mark", new double[] {sp.x(), sp.y()});
        expected.put("the skipped mark", STYLE.palette().skipped());
        // The folded topic's handle is a filled pill (at least a handle's width) holding the hidden count, on the
        // topic's outer side; its far end is clear of the count and of the progress mark on the box's edge.
        boolean left = g.side(skipped) == Side.LEFT;
        double handle = 2 * 7;
        double far = left ? sp.x() - 1 - handle + 2.5 : sp.x() + g.width(skipped) * s + 1 + handle - 2.5;
        spots.put("the folded handle's end", new double[] {far, sp.y()});
        expected.put("the folded handle's end", STYLE.roadmap(1));
        int plan = tree.roadmapNode(0);
        Point pp = v.toScreen(g.x(plan), g.y(plan) + g.height(plan));
        double bar = 3;
        spots.put("the done part of Plan's bar", new double[] {pp.x() + 6, pp.y() + bar + bar / 2});
        expected.put("the done part of Plan's bar", STYLE.palette().done());
        int notes = tree.roadmapNode(1);
        Point np = v.toScreen(g.x(notes), g.y(notes) + g.height(notes));
        spots.put("the rest of Notes's bar", new double[] {np.x() + g.width(notes) * s / 2, np.y() + bar + bar / 2});
        expected.put("the rest of Notes's bar", STYLE.palette().track());

        StringBuilder wrong = new StringBuilder();
        for (var e : spots.entrySet()) {
            double[] at = e.getValue();
            int want = expected.get(e.getKey());
            int inWindow = window.argb(at[0], at[1]);
            int inPng = export.argb(at[0], at[1]);
            if (distance(inWindow, want) > 9 || distance(inPng, want) > 9) {
                wrong.append(String.format("%n%s at (%.0f, %.0f): style %s, window %s, png %s", e.getKey(), at[0], at[1],
                        Argb.hex(want), Argb.hex(inWindow), Argb.hex(inPng)));
            }
        }
        assertTrue(wrong.isEmpty(), "where the two pictures differ from the style:" + wrong);
        assertTrue(spots.size() > 15, "every box was sampled: " + spots.keySet());

        // Beyond the sampled spots: each of the style's colours covers about as much of both pictures.
        Map<String, Integer> palette = new LinkedHashMap<>();
        palette.put("background", STYLE.palette().background());
        palette.put("centre", STYLE.palette().centre());
        for (int i = 0; i < 2; i++) {
            palette.put("roadmap " + i, STYLE.roadmap(i));
            palette.put("roadmap " + i + " topics", STYLE.boxFill(STYLE.roadmap(i), 2));
            palette.put("roadmap " + i + " deeper topics", STYLE.boxFill(STYLE.roadmap(i), 3));
        }
        palette.put("overlap badge", STYLE.palette().overlap());
        palette.put("done", STYLE.palette().done());
        palette.put("learning", STYLE.palette().learning());
        palette.put("skipped", STYLE.palette().skipped());
        palette.put("note pencil", STYLE.palette().pencil());
        palette.put("bar track", STYLE.palette().track());
        StringBuilder counts = new StringBuilder();
        for (var e : palette.entrySet()) {
            long a = count(window, png.getWidth(), png.getHeight(), e.getValue());
            long b = count(export, png.getWidth(), png.getHeight(), e.getValue());
            counts.append(String.format("%n%s: window %d, png %d", e.getKey(), a, b));
            assertTrue(a > 0 && b > 0, "both pictures show " + e.getKey() + counts);
            assertTrue(Math.min(a, b) >= 0.6 * Math.max(a, b), "as much " + e.getKey() + " in both" + counts);
        }
    }

    /** Pixels within a hair of this colour (antialiased edges left out). */
    private static long count(Picture p, int width, int height, int colour) {
        long n = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (distance(p.argb(x, y), colour) <= 6) {
                    n++;
                }
            }
        }
        return n;
    }
}

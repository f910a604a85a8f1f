package dev.crossmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.layout.FirstView;
import dev.crossmap.layout.Rect;
import dev.crossmap.model.Topic;
import dev.crossmap.model.TopicId;
import dev.crossmap.paint.Argb;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Searching the map: "1 of 2", a match behind a fold unfolds into view, and the found text is marked in its label. */
class SearchInWindowTest extends FxRobot {
    private static final String SENIOR = "senior-backend-study-path.md";
    private final AppHarness app = new AppHarness(this);

    @BeforeEach
    void start() throws Exception {
        app.startOnTheBundledRoadmaps();
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    private MindMapView map() {
        return app.window().mapPane().map();
    }

    private MindMapSkin skin() {
        return (MindMapSkin) map().getSkin();
    }

    private String count() {
        return lookup("#searchCount").queryAs(Label.class).getText();
    }

    private boolean onMap(TopicId id) {
        return map().getGeometry().node(id).isPresent();
    }

    private void search(String text) {
        press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        write(text);
    }

    /** Waits until the map has unfolded and glided, and its last frame is drawn. */
    private Map<TopicId, Rect> settledBoxes() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> !map().isGliding() && !skin().animating()).get());
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> skin().drawnBoxes()).get();
    }

    /** The pixels of exactly this colour inside a box of the map: {count, leftmost x, rightmost x}. */
    private int[] pixelsOf(int colour, Rect box) throws Exception {
        WritableImage shot = WaitForAsyncUtils.asyncFx(() -> map().snapshot(null, null)).get();
        PngFile.write(shot, Path.of("target", "search-in-label.png"));
        PixelReader px = shot.getPixelReader();
        int found = 0;
        int left = Integer.MAX_VALUE;
        int right = -1;
        for (int y = (int) Math.ceil(box.y()); y < box.y() + box.h() && y < shot.getHeight(); y++) {
            for (int x = (int) Math.ceil(box.x()); x < box.x() + box.w() && x < shot.getWidth(); x++) {
                if (x >= 0 && y >= 0 && px.getArgb(x, y) == colour) {
                    found++;
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        return new int[] {found, left, right};
    }

    @Test
    void enterStepsToAMatchBehindAFoldUnfoldsItAndMarksTheFoundTextInsideItsLabel() throws Exception {
        Topic why = app.topicAt(SENIOR, 10);
        Topic closures = app.topicAt(SENIOR, 28);
        assertEquals("Why closures work", why.label());
        assertFalse(onMap(why.id()) || onMap(closures.id()), "both matches start hidden in folded branches");

        search("closure");
        assertEquals("2 matches", count(), "before the first step the count says how many");
        TopicId fold = WaitForAsyncUtils.asyncFx(() -> {
            var g = map().getGeometry();
            int n = g.tree().node(why.id()).orElseThrow();
            while (!g.isVisible(n)) {
                n = g.tree().parent(n);
            }
            return g.tree().id(n);
        }).get();
        interact(() -> map().centreOn(fold));
        Rect shut = settledBoxes().get(fold);
        assertNotNull(shut, "the folded branch that hides the matches is drawn");
        int glow = map().getMapStyle().palette().highlight();
        // the handle and the count beside it stick out of the box on its outer side: look on both sides
        int lit = pixelsOf(glow, new Rect(shut.x() + shut.w(), shut.y() - 8, 60, shut.h() + 16))[0]
                + pixelsOf(glow, new Rect(shut.x() - 60, shut.y() - 8, 60, shut.h() + 16))[0];
        assertTrue(lit > 40, "the folded branch hiding the matches is lit beside its handle: " + lit + " pixels");
        type(KeyCode.ENTER);
        Map<TopicId, Rect> boxes = settledBoxes();
        assertEquals("1 of 2", count());
        assertEquals(why.id(), map().getSelectedTopic().orElseThrow(), "Enter goes to the first match");
        Rect box = boxes.get(why.id());
        assertNotNull(box, "the match was unfolded into view and its box drawn");

        int highlight = map().getMapStyle().palette().highlight();
        int[] marked = pixelsOf(highlight, box);
        assertTrue(marked[0] > 40, "the found text is marked in the highlight colour: " + marked[0] + " pixels");
        // "closures" is the middle of "Why closures work": the mark starts after "Why " and ends before " work"
        assertTrue(marked[1] > box.x() + box.w() * 0.15 && marked[2] < box.x() + box.w() * 0.85,
                "marked from x " + marked[1] + " to " + marked[2] + " in the box " + box);

        type(KeyCode.ENTER);
        boxes = settledBoxes();
        assertEquals("2 of 2", count());
        assertTrue(pixelsOf(highlight, boxes.get(closures.id()))[0] > 40, "the match stepped to is marked at full strength");
        Rect other = boxes.get(why.id());
        if (other != null) {
            assertEquals(0, pixelsOf(highlight, other)[0], "the other match is marked more faintly");
        }
    }

    /** The selected topic's label size on screen now, in pixels of font size. */
    private double selectedTextPx() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            var g = map().getGeometry();
            int node = g.node(map().getSelectedTopic().orElseThrow()).orElseThrow();
            return map().getViewport().scale() * ReadableView.FONT_SIZE.applyAsDouble(g.tree().depth(node));
        }).get();
    }

    private void zoom(double scale) {
        interact(() -> {
            var v = map().getViewport();
            map().viewportProperty().set(v.zoomTo(scale, v.width() / 2, v.height() / 2));
        });
    }

    @Test
    void enterZoomsInUntilADeepMatchCanBeReadButNeverZoomsOut() throws Exception {
        zoom(0.3);
        search("closure");
        type(KeyCode.ENTER);
        settledBoxes();
        assertEquals("Why closures work", app.window().workspace().topic(map().getSelectedTopic().orElseThrow())
                .orElseThrow().topic().label());
        assertTrue(selectedTextPx() >= FirstView.MIN_TEXT_PX - 1e-9,
                "the match stepped to is drawn " + selectedTextPx() + " px high; readable is 11");
        Rect box = map().screenBox(map().getSelectedTopic().orElseThrow()).orElseThrow();
        assertTrue(box.x() >= 0 && box.x() + box.w() <= map().getWidth(), "and it is inside the window: " + box);

        zoom(2);
        type(KeyCode.ENTER);
        settledBoxes();
        assertEquals(2, map().getViewport().scale(), 1e-9, "a match already readable keeps the user's zoom");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRoadmapTheFilterHidesIsNotSearchedButTheCountSaysWhatItHolds() throws Exception {
        CheckComboBox<String> filter = lookup("#roadmapFilter").queryAs(CheckComboBox.class);
        interact(() -> filter.getCheckModel().clearCheck(SENIOR));
        search("closure");
        assertEquals("no match \u00b7 2 hidden", count());
        String why = lookup("#searchCount").queryAs(Label.class).getTooltip().getText();
        assertTrue(why.startsWith("2 more in roadmaps the filter hides"), why);
        type(KeyCode.ENTER);
        assertFalse(filter.getCheckModel().isChecked(SENIOR), "Enter does not undo the user's filter");
    }

    @Test
    void inTheMergedMapEnterUnfoldsTheMergedItemThatMatches() throws Exception {
        clickOn("#mergedMode");
        WaitForAsyncUtils.waitForFxEvents();
        search("closure");
        assertTrue(count().matches("\\d+ match(es)?"), count());
        type(KeyCode.ENTER);
        Map<TopicId, Rect> boxes = settledBoxes();
        assertTrue(count().startsWith("1 of "), count());
        TopicId item = map().getSelectedTopic().orElseThrow();
        assertTrue(map().getGeometry().tree().label(map().getGeometry().node(item).orElseThrow())
                .toLowerCase().contains("closure"));
        assertNotNull(boxes.get(item), "the merged item is unfolded and drawn");
        int highlight = map().getMapStyle().palette().highlight();
        assertTrue(pixelsOf(highlight, boxes.get(item))[0] > 40, "and its found text marked");
    }
}

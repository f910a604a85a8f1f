package dev.crossmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.layout.MapGeometry;
import dev.crossmap.layout.MapTree;
import dev.crossmap.layout.Rect;
import dev.crossmap.layout.Viewport;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import dev.crossmap.model.TopicId;
import dev.crossmap.outline.ImportResult;
import dev.crossmap.outline.Importer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Folding on the real control glides from the old map to the new one and keeps the clicked topic still. */
class FoldAnimationTest extends FxRobot {
    private static List<Roadmap> bundled;
    private MindMapView view;
    /** Every frame the skin drew while watching: whether it was in-between, and the boxes it drew. */
    private final List<Frame> frames = new ArrayList<>();

    private record Frame(boolean between, Map<TopicId, Rect> boxes) {
    }

    @BeforeAll
    static void importTheBundledRoadmaps() throws Exception {
        bundled = new Importer().importBundled().stream().map(ImportResult::roadmap).toList();
    }

    private void show(List<Roadmap> roadmaps) throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            view = new MindMapView(roadmaps);
            s.setMaximized(false);
            s.setScene(new Scene(view, 1000, 700));
            s.sizeToScene();
            s.show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> view.getWidth() > 0 && view.getViewport().width() == view.getWidth() && view.getSkin() != null);
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> skin().framesProperty().addListener((o, was, now) ->
                frames.add(new Frame(skin().animating(), skin().drawnBoxes()))));
    }

    @AfterEach
    void closeTheMap() throws Exception {
        FxToolkit.cleanupStages();
    }

    private MindMapSkin skin() {
        return (MindMapSkin) view.getSkin();
    }

    private static TopicId phaseOne() {
        Roadmap senior = bundled.stream().filter(r -> r.name().equals("senior-backend-study-path.md")).findFirst()
                .orElseThrow();
        return senior.topics().stream().filter(t -> t.label().equals("Phase 1: Python Language Mastery"))
                .map(Topic::id).findFirst().orElseThrow();
    }

    /** Zoom 1 with the topic a little left of and above the middle, so what lies below it is on screen. */
    private void lookAt(TopicId topic) {
        interact(() -> {
            MapGeometry g = view.getGeometry();
            Rect box = g.box(g.node(topic).orElseThrow()).orElseThrow();
            Viewport v = view.getViewport();
            view.viewportProperty().set(v.zoomTo(1, 0, 0).centreOn(box.centre().x() + 200, box.centre().y() + 150));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Toggles the fold as a click on its handle does, and waits until the frames have settled. */
    private List<Frame> toggleAndWatch(TopicId topic) throws Exception {
        interact(frames::clear);
        interact(() -> view.toggleFold(topic));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !frames.isEmpty() && !frames.get(frames.size() - 1).between()
                && !skin().animating());
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> List.copyOf(frames)).get();
    }

    private static void assertSameBox(Rect expected, Rect actual, String what) {
        assertEquals(expected.x(), actual.x(), 1e-6, what + ": x");
        assertEquals(expected.y(), actual.y(), 1e-6, what + ": y");
        assertEquals(expected.w(), actual.w(), 1e-6, what + ": width");
        assertEquals(expected.h(), actual.h(), 1e-6, what + ": height");
    }

    private static void assertSameBoxes(Map<TopicId, Rect> expected, Map<TopicId, Rect> actual) {
        assertEquals(expected.keySet(), actual.keySet(), "the same topics are drawn");
        expected.forEach((id, box) -> assertSameBox(box, actual.get(id), id.value()));
    }

    @Test
    void foldingGlidesWithTheClickedTopicStillAndEndsExactlyAsAnUnanimatedFold() throws Exception {
        show(bundled);
        TopicId phase = phaseOne();
        lookAt(phase);
        Map<TopicId, Rect> start = WaitForAsyncUtils.asyncFx(() -> skin().drawnBoxes()).get();
        Rect still = start.get(phase);

        List<Frame> seen = toggleAndWatch(phase);

        List<Frame> between = seen.stream().filter(Frame::between).toList();
        assertFalse(between.isEmpty(), "the fold is animated");
        Map<TopicId, Rect> end = seen.get(seen.size() - 1).boxes();
        for (Frame f : between) {
            assertSameBox(still, f.boxes().get(phase), "the clicked topic in an in-between frame");
        }
        assertTrue(between.stream().anyMatch(f -> f.boxes().entrySet().stream().anyMatch(e -> {
            Rect to = end.get(e.getKey());
            // A topic that slides: its own size, not yet at its new place.
            return to != null && Math.abs(e.getValue().w() - to.w()) < 1e-6 && Math.abs(e.getValue().y() - to.y()) > 0.5;
        })), "topics slide to their new places");
        assertSameBox(still, end.get(phase), "the clicked topic after the fold");
        assertTrue(between.stream().anyMatch(f -> f.boxes().keySet().stream().anyMatch(id -> !end.containsKey(id))),
                "the folded topics shrink away rather than vanish at once");

        // The animation ends in exactly the boxes of the new map: where the map says each topic is, and
        // what the same fold draws without animation.
        for (Map.Entry<TopicId, Rect> e : end.entrySet()) {
            assertSameBox(view.screenBox(e.getKey()).orElseThrow(), e.getValue(), "final " + e.getKey().value());
        }
        interact(() -> view.foldsAnimatedProperty().set(false));
        toggleAndWatch(phase);
        List<Frame> plain = toggleAndWatch(phase);
        assertTrue(plain.stream().noneMatch(Frame::between), "no in-between frames when animation is off");
        assertSameBoxes(end, plain.get(plain.size() - 1).boxes());
    }

    @Test
    void unfoldingGrowsTheChildrenOutOfTheTopicWhichStaysStill() throws Exception {
        show(bundled);
        TopicId phase = phaseOne();
        interact(() -> view.foldsAnimatedProperty().set(false));
        lookAt(phase);
        interact(() -> view.toggleFold(phase));
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> view.foldsAnimatedProperty().set(true));
        Rect still = WaitForAsyncUtils.asyncFx(() -> skin().drawnBoxes().get(phase)).get();

        List<Frame> seen = toggleAndWatch(phase);

        Map<TopicId, Rect> end = seen.get(seen.size() - 1).boxes();
        MapTree tree = view.getGeometry().tree();
        int node = tree.node(phase).orElseThrow();
        List<TopicId> shownChildren = new ArrayList<>();
        for (int c = tree.firstChild(node); c >= 0; c = tree.nextSibling(c)) {
            if (end.containsKey(tree.id(c))) {
                shownChildren.add(tree.id(c));
            }
        }
        assertFalse(shownChildren.isEmpty(), "some of its children are in the window at the end");
        List<Frame> between = seen.stream().filter(Frame::between).toList();
        assertFalse(between.isEmpty(), "the unfold is animated");
        between.forEach(f -> assertSameBox(still, f.boxes().get(phase), "the unfolded topic in an in-between frame"));
        assertTrue(between.stream().anyMatch(f -> shownChildren.stream().anyMatch(id ->
                        f.boxes().containsKey(id) && f.boxes().get(id).w() < end.get(id).w() - 0.5)),
                "its children grow: drawn smaller than they end");
        assertSameBox(still, end.get(phase), "the unfolded topic after the unfold");
        for (TopicId id : shownChildren) {
            assertSameBox(view.screenBox(id).orElseThrow(), end.get(id), "a child at the end");
        }
    }

    @Test
    void aFoldOfThousandsOfTopicsIsShownAtOnce() throws Exception {
        show(MindMapFrameBenchmark.generate(15_000, 5));
        MapTree tree = view.getGeometry().tree();
        int big = 1;
        for (int v = 1; v < tree.size(); v++) {
            if (tree.subtreeSize(v) > tree.subtreeSize(big)) {
                big = v;
            }
        }
        assertTrue(tree.subtreeSize(big) > FoldTransition.MAX_CHANGED, "a big subtree: " + tree.subtreeSize(big));
        TopicId topic = tree.id(big);
        lookAt(topic);
        Rect still = WaitForAsyncUtils.asyncFx(() -> skin().drawnBoxes().get(topic)).get();

        List<Frame> seen = toggleAndWatch(topic);

        assertTrue(seen.stream().noneMatch(Frame::between), "no in-between frames for " + (tree.subtreeSize(big) - 1)
                + " topics");
        assertTrue(view.getFoldedTopics().contains(topic));
        assertSameBox(still, seen.get(seen.size() - 1).boxes().get(topic), "the folded topic");
    }
}

package dev.crossmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.layout.MapGeometry;
import dev.crossmap.layout.Point;
import dev.crossmap.layout.Rect;
import dev.crossmap.layout.Viewport;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import dev.crossmap.model.TopicId;
import dev.crossmap.outline.ImportResult;
import dev.crossmap.outline.Importer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The mind map control on the five bundled roadmaps, driven headless as a user would. */
class MindMapViewTest extends FxRobot {
    private static List<Roadmap> roadmaps;
    private MindMapView view;
    private Stage stage;

    @BeforeAll
    static void importTheBundledRoadmaps() throws Exception {
        roadmaps = new Importer().importBundled().stream().map(ImportResult::roadmap).toList();
    }

    @BeforeEach
    void showTheMap() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            view = new MindMapView(roadmaps);
            // The primary stage is shared with other tests, which may have maximised or moved it.
            s.setMaximized(false);
            s.setScene(new Scene(view, 1000, 700));
            s.sizeToScene();
            s.show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> view.getWidth() > 0 && view.getViewport().width() == view.getWidth());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeTheMap() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static TopicId phaseOne() {
        Roadmap senior = roadmaps.stream().filter(r -> r.name().equals("senior-backend-study-path.md")).findFirst()
                .orElseThrow();
        return senior.topics().stream().filter(t -> t.label().equals("Phase 1: Python Language Mastery"))
                .map(Topic::id).findFirst().orElseThrow();
    }

    private MindMapSkin skin() {
        return (MindMapSkin) view.getSkin();
    }

    /** Puts the view at zoom 1 with this topic in the middle. */
    private void lookAt(TopicId topic) {
        interact(() -> {
            MapGeometry g = view.getGeometry();
            Rect box = g.box(g.node(topic).orElseThrow()).orElseThrow();
            Viewport v = view.getViewport();
            view.viewportProperty().set(v.zoomTo(1, 0, 0).centreOn(box.centre().x(), box.centre().y()));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Point2D onScreen(double x, double y) {
        return view.localToScreen(x, y);
    }

    @Test
    void theWholeMapIsFittedAtFirstAndOnlyTheVisiblePartIsDrawnWhenZoomedIn() throws Exception {
        MapGeometry g = view.getGeometry();
        assertEquals(g.tree().size(), g.visibleCount(), "nothing folded at first");
        assertEquals(5, g.tree().roadmapCount());
        Rect seen = view.getViewport().visibleWorld();
        Rect all = g.bounds();
        assertTrue(seen.x() <= all.x() && seen.y() <= all.y() && seen.right() >= all.right()
                && seen.bottom() >= all.bottom(), "zoomed to fit: " + seen + " holds " + all);
        PngFile.write(WaitForAsyncUtils.asyncFx(() -> view.snapshot(null, null)).get(), Path.of("target", "mindmap-fit.png"));

        lookAt(phaseOne());
        assertTrue(skin().boxesDrawn() > 5 && skin().boxesDrawn() < g.visibleCount() / 4,
                "draws what the window shows, not the whole map: " + skin().boxesDrawn());
        assertFalse(skin().overviewDrawn());
        PngFile.write(WaitForAsyncUtils.asyncFx(() -> view.snapshot(null, null)).get(), Path.of("target", "mindmap-zoom1.png"));
        Canvas canvas = (Canvas) view.getChildrenUnmodifiable().get(0);
        assertEquals(view.getWidth(), canvas.getWidth());
    }

    /** A mouse wheel turned over a point of the map: 40 units a notch, positive away from the user (as desktops send). */
    private void wheel(double x, double y, double deltaY) {
        Point2D screen = onScreen(x, y);
        interact(() -> Event.fireEvent(view, new ScrollEvent(ScrollEvent.SCROLL, x, y, screen.getX(), screen.getY(),
                false, false, false, false, false, false, 0, deltaY, 0, deltaY,
                ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.LINES, deltaY / 40,
                0, null)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theWheelZoomsAroundTheCursor() {
        lookAt(phaseOne());
        double before = view.getViewport().scale();
        Point underCursor = view.getViewport().toWorld(300, 200);
        wheel(300, 200, 80);
        Viewport after = view.getViewport();
        assertTrue(after.scale() > before, "zoomed in: " + before + " -> " + after.scale());
        Point still = after.toWorld(300, 200);
        assertEquals(underCursor.x(), still.x(), 1e-6);
        assertEquals(underCursor.y(), still.y(), 1e-6);
        wheel(300, 200, -160);
        assertTrue(view.getViewport().scale() < after.scale(), "and back out");
    }

    @Test
    void draggingTheBackgroundPansTheMapWithTheMouse() {
        lookAt(phaseOne());
        Viewport before = view.getViewport();
        // Top-left corner of the window: empty background at zoom 1 around phase 1's middle.
        drag(onScreen(20, 20)).moveTo(onScreen(140, 100)).drop();
        WaitForAsyncUtils.waitForFxEvents();
        Viewport after = view.getViewport();
        assertEquals(before.panX() + 120, after.panX(), 1e-6);
        assertEquals(before.panY() + 80, after.panY(), 1e-6);
        assertEquals(before.scale(), after.scale());
    }

    @Test
    void clickingATopicSelectsItAndEscapeClearsTheSelection() {
        TopicId phase = phaseOne();
        lookAt(phase);
        Rect box = view.screenBox(phase).orElseThrow();
        clickOn(onScreen(box.centre().x(), box.centre().y()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(phase, view.getSelectedTopic().orElseThrow());
        type(KeyCode.ESCAPE);
        assertTrue(view.getSelectedTopic().isEmpty());
    }

    @Test
    void spaceFoldsTheSelectedTopicInPlaceAndUnfoldsItAgain() {
        TopicId phase = phaseOne();
        lookAt(phase);
        interact(() -> view.select(phase));
        Rect before = view.screenBox(phase).orElseThrow();
        int shown = view.getGeometry().visibleCount();
        clickOn(onScreen(5, 5));
        interact(() -> view.select(phase));
        type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.getFoldedTopics().contains(phase));
        MapGeometry g = view.getGeometry();
        int node = g.node(phase).orElseThrow();
        assertTrue(g.hiddenCount(node) > 10, "phase 1 hides its topics: " + g.hiddenCount(node));
        assertEquals(shown - g.hiddenCount(node), g.visibleCount());
        Rect after = view.screenBox(phase).orElseThrow();
        assertEquals(before.x(), after.x(), 1e-6, "the folded topic stays where it was on screen");
        assertEquals(before.y(), after.y(), 1e-6);
        type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(view.getFoldedTopics().contains(phase));
        assertEquals(shown, view.getGeometry().visibleCount());
    }

    @Test
    void clickingTheFoldHandleFoldsTheTopic() {
        TopicId phase = phaseOne();
        lookAt(phase);
        Rect box = view.screenBox(phase).orElseThrow();
        // The handle sits just beyond the edge facing the topic's children.
        boolean right = view.getGeometry().side(view.getGeometry().node(phase).orElseThrow())
                == dev.crossmap.layout.Side.RIGHT;
        double hx = right ? box.right() + MindMapBehavior.HANDLE_RADIUS + 1 : box.x() - MindMapBehavior.HANDLE_RADIUS - 1;
        clickOn(onScreen(hx, box.centre().y()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.getFoldedTopics().contains(phase), "folded by its handle");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlZeroFitsTheMapAgainAfterPanningAway() {
        lookAt(phaseOne());
        clickOn(onScreen(5, 5));
        type(KeyCode.RIGHT, 3);
        WaitForAsyncUtils.waitForFxEvents();
        push(KeyCode.CONTROL, KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        Rect seen = view.getViewport().visibleWorld();
        Rect all = view.getGeometry().bounds();
        assertTrue(seen.x() <= all.x() && seen.right() >= all.right() && seen.y() <= all.y()
                && seen.bottom() >= all.bottom(), seen + " holds " + all);
    }

    @Test
    void arrowKeysPanWhenNothingIsSelectedAndMoveTheSelectionOtherwise() {
        TopicId phase = phaseOne();
        lookAt(phase);
        clickOn(onScreen(5, 5));
        double panX = view.getViewport().panX();
        type(KeyCode.LEFT);
        assertTrue(view.getViewport().panX() > panX, "the map moved right, showing what lies left");
        interact(() -> view.select(phase));
        MapGeometry g = view.getGeometry();
        int node = g.node(phase).orElseThrow();
        boolean right = g.side(node) == dev.crossmap.layout.Side.RIGHT;
        type(right ? KeyCode.RIGHT : KeyCode.LEFT);
        assertEquals(g.tree().id(g.tree().firstChild(node)), view.getSelectedTopic().orElseThrow(), "outward: first child");
        type(KeyCode.DOWN);
        int second = g.tree().nextSibling(g.tree().firstChild(node));
        assertEquals(g.tree().id(second), view.getSelectedTopic().orElseThrow(), "down: next sibling");
        type(right ? KeyCode.LEFT : KeyCode.RIGHT);
        assertEquals(phase, view.getSelectedTopic().orElseThrow(), "inward: parent");
    }

    @Test
    void unfoldingToLevelOneShowsOnlyTheTopLevelTopicsAndUnfoldingAllShowsEverything() throws Exception {
        interact(() -> view.unfoldToLevel(1));
        MapGeometry g = view.getGeometry();
        int node = g.node(phaseOne()).orElseThrow();
        assertTrue(g.isFolded(node) && g.hiddenCount(node) > 10);
        assertTrue(g.visibleCount() < 100, "the roadmaps and their top-level topics: " + g.visibleCount());
        interact(view::zoomToFit);
        WaitForAsyncUtils.waitForFxEvents();
        PngFile.write(WaitForAsyncUtils.asyncFx(() -> view.snapshot(null, null)).get(), Path.of("target", "mindmap-level1.png"));
        interact(() -> view.setFoldedTopics(List.of()));
        assertEquals(view.getGeometry().tree().size(), view.getGeometry().visibleCount());
    }
}

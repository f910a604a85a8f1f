package dev.crossmap.ui;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.layout.FirstView;
import dev.crossmap.layout.Rect;
import dev.crossmap.model.Topic;
import dev.crossmap.model.TopicId;
import dev.crossmap.document.Workspace;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The mind map in the window: search, occurrence jumps, overlap links, undoable folds, the roadmap filter. */
class MapInWindowTest extends FxRobot {
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

    private Topic line(String roadmap, int line) {
        return app.topicAt(roadmap, line);
    }

    private boolean onMap(TopicId id) {
        return map().getGeometry().node(id).isPresent();
    }

    @Test
    void theBundledMapOpensFoldedWithItsCentreInTheWindow() {
        Topic deep = line("senior-backend-study-path.md", 100);
        assertFalse(onMap(deep.id()), "a fourth-level topic waits behind a fold");
        // Readable first (FirstViewWindowTest): the map's centre is in the middle of the window.
        Rect centre = map().getGeometry().box(0).orElseThrow();
        var v = map().getViewport();
        var middle = v.toScreen(centre.x() + centre.w() / 2, centre.y() + centre.h() / 2);
        assertEquals(map().getWidth() / 2, middle.x(), 2);
        assertEquals(map().getHeight() / 2, middle.y(), 2);
        // Painted: matching may take the second core again (it left it to the window while the map was drawn).
        assertDoesNotThrow(() -> WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !app.window().session().awaitsView()));
    }

    @Test
    void searchHighlightsEveryMatchAndEnterJumpsUnfoldingWhatHidesIt() {
        press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        write("idempoten");
        String count = lookup("#searchCount").queryAs(Label.class).getText();
        assertTrue(count.matches("\\d+ matches"), count);
        int matches = Integer.parseInt(count.split(" ")[0]);
        assertTrue(matches >= 5, count);
        assertEquals(matches, map().highlightedProperty().get().size());

        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        TopicId first = map().getSelectedTopic().orElseThrow();
        assertTrue(onMap(first), "the ancestors of the match were unfolded");
        assertTrue(app.window().workspace().topic(first).orElseThrow().topic().label().toLowerCase().contains("idempoten"));
        assertEquals("1 of " + matches, lookup("#searchCount").queryAs(Label.class).getText());
        type(KeyCode.ENTER);
        assertFalse(map().getSelectedTopic().orElseThrow().equals(first), "Enter goes to the next match");
        press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        assertEquals(first, map().getSelectedTopic().orElseThrow(), "Shift+Enter goes back");
        type(KeyCode.ESCAPE);
        assertTrue(map().highlightedProperty().get().isEmpty(), "Escape clears the search");
    }

    @Test
    void selectingAnOccurrenceDrawsLinksToTheOthersAndTheirLinksJumpOnTheMap() {
        Topic idem = line("senior-backend-study-path.md", 100);
        interact(() -> app.window().reveal(idem.id()));
        assertEquals(4, map().linkedProperty().get().size(), "faded links go to the four other places");
        Topic mastery = line("backend-engineering-mastery.md", 33);
        assertTrue(map().linkedProperty().get().contains(mastery.id()));
        Hyperlink jump = lookup(".occurrence-link").queryAll().stream().map(n -> (Hyperlink) n)
                .filter(h -> h.getText().startsWith("backend-engineering-mastery.md:33")).findFirst().orElseThrow();
        interact(() -> {
            var v = map().getViewport();
            map().viewportProperty().set(v.zoomTo(0.3, v.width() / 2, v.height() / 2));
        });
        clickOn(jump);
        glided();
        assertEquals(Optional.of(mastery.id()), map().getSelectedTopic());
        Rect box = map().screenBox(mastery.id()).orElseThrow();
        assertEquals(map().getWidth() / 2, box.x() + box.w() / 2, 2, "the map glided to centre it");
        assertEquals(map().getHeight() / 2, box.y() + box.h() / 2, 2);
        int depth = map().getGeometry().tree().depth(map().getGeometry().node(mastery.id()).orElseThrow());
        assertTrue(map().getViewport().scale() * ReadableView.FONT_SIZE.applyAsDouble(depth) >= FirstView.MIN_TEXT_PX - 1e-9,
                "the topic jumped to is readable: zoom " + map().getViewport().scale() + " at depth " + depth);
    }

    @Test
    void foldingOnTheMapIsAnUndoableEditOfTheWorkspace() {
        Topic phase = line("senior-backend-study-path.md", 3);
        interact(() -> app.window().reveal(phase.id()));
        Workspace ws = app.window().workspace();
        boolean before = ws.isFolded(phase.id());
        type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(!before, ws.isFolded(phase.id()), "Space folded or unfolded the topic in the workspace");
        assertTrue(app.stage().getTitle().startsWith("*"));
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, ws.isFolded(phase.id()));
        assertEquals(before, map().getFoldedTopics().contains(phase.id()), "and the map follows the undo");
    }

    @Test
    void hoveringATopicWithANoteShowsItsFirstLines() {
        Topic phase = line("senior-backend-study-path.md", 3);
        interact(() -> {
            app.window().reveal(phase.id());
            app.window().workspace().setAnnotation(phase.id(),
                    dev.crossmap.model.Annotation.EMPTY.withNote("Start here.\nThen the data model."));
        });
        glided(); // the map glides to the topic first
        Rect box = map().screenBox(phase.id()).orElseThrow();
        moveTo(map().localToScreen(box.x() + box.w() / 2, box.y() + box.h() / 2));
        assertEquals("Start here.\nThen the data model.", app.window().mapPane().hoverText());
        moveTo(map().localToScreen(5, 5));
        assertEquals("", app.window().mapPane().hoverText());
    }

    @Test
    void theContextMenuOfATopicSetsItsProgress() {
        Topic phase = line("senior-backend-study-path.md", 3);
        interact(() -> app.window().reveal(phase.id()));
        glided();
        Rect box = map().screenBox(phase.id()).orElseThrow();
        // Monocle's headless robot sends no context-menu event for a right click, so the test sends the one the
        // toolkit would (at the topic's middle).
        double x = box.x() + box.w() / 2;
        double y = box.y() + box.h() / 2;
        javafx.geometry.Point2D screen = map().localToScreen(x, y);
        interact(() -> javafx.event.Event.fireEvent(map(), new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, x, y, screen.getX(), screen.getY(), false, null)));
        clickOn("Mark learning");
        assertEquals(dev.crossmap.model.Progress.LEARNING, app.window().workspace().annotation(phase.id()).progress());
    }

    @Test
    void theRoadmapFilterHidesAWholeRoadmap() {
        @SuppressWarnings("unchecked")
        CheckComboBox<String> filter = lookup("#roadmapFilter").queryAs(CheckComboBox.class);
        interact(() -> filter.getCheckModel().clearCheck("python-backend-master-tree.md"));
        assertEquals(4, map().getRoadmaps().size());
        assertTrue(map().getRoadmaps().stream().noneMatch(r -> r.name().equals("python-backend-master-tree.md")));
        interact(() -> filter.getCheckModel().check("python-backend-master-tree.md"));
        assertEquals(5, map().getRoadmaps().size());
    }

    /** Waits until the map has glided to where it is going (no fixed time: the machine may be slow). */
    private void glided() {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> !map().isGliding()).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the map was still gliding after 5 s", e);
        }
    }
}

package dev.crossmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.model.Link;
import dev.crossmap.model.Occurrence;
import dev.crossmap.model.TopicId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The concepts panel and the coverage matrix in the window: they drive the map and curation is undoable. */
class ConceptsInWindowTest extends FxRobot {
    private final AppHarness app = new AppHarness(this);

    @BeforeEach
    void start() throws Exception {
        app.startOnTheBundledRoadmaps();
        interact(() -> app.window().showSideTab(1));
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    private Node cellWithText(String selector, String text) {
        return lookup(selector).queryAll().stream()
                .filter(n -> n instanceof IndexedCell<?> c && c.isVisible() && c.getText() != null && c.getText().startsWith(text))
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + text));
    }

    @SuppressWarnings("unchecked")
    private ListView<Occurrence> occurrences() {
        return lookup("#occurrenceList").queryAs(ListView.class);
    }

    private Set<TopicId> idempotencyOnTheMap() {
        return occurrences().getItems().stream().map(o -> o.topic().id()).collect(Collectors.toSet());
    }

    private void selectIdempotency() {
        clickOn("#conceptFilter").write("idem");
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(AppHarness.centreOf(cellWithText(".table-cell", "idempotency")));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void selectingAConceptHighlightsEveryOccurrenceOnTheMapUnfoldingThem() {
        selectIdempotency();
        assertEquals(5, occurrences().getItems().size());
        MindMapView map = app.window().mapPane().map();
        assertEquals(idempotencyOnTheMap(), map.highlightedProperty().get());
        for (TopicId id : idempotencyOnTheMap()) {
            assertTrue(map.getGeometry().node(id).isPresent(), "every occurrence is unfolded into view");
        }
    }

    @Test
    void rejectingALinkUpdatesThePanelAndTheMapAndUndoBringsItBack() throws Exception {
        selectIdempotency();
        @SuppressWarnings("unchecked")
        ListView<Link> links = lookup("#linkList").queryAs(ListView.class);
        interact(() -> links.getSelectionModel().select(0));
        clickOn("#rejectLink");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> occurrences().getItems().size() < 5);
        assertEquals(1, app.window().workspace().decisions().size(), "the decision is part of the workspace");
        assertTrue(app.stage().getTitle().startsWith("*"));

        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> occurrences().getItems().size() == 5);
        assertTrue(app.window().workspace().decisions().isEmpty());
    }

    private int idempotencyPlaces() {
        TopicId idem = app.topicAt("senior-backend-study-path.md", 100).id();
        return app.window().atlas().conceptOf(idem).map(c -> c.size()).orElse(1);
    }

    @Test
    void splittingAConceptSeparatesTheChosenPlacesAndUndoJoinsThemAgain() throws Exception {
        selectIdempotency();
        interact(() -> occurrences().getSelectionModel().selectIndices(3, 4));
        clickOn("#splitConcept");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> idempotencyPlaces() == 3);
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> idempotencyPlaces() == 5);
    }

    @Test
    void aPlaceTheMatcherMissedIsAddedByPickingItOnTheMap() throws Exception {
        selectIdempotency();
        clickOn("#addPlace");
        assertTrue(app.window().mapPane().isPicking());
        TopicId shared = app.topicAt("senior-backend-study-path.md", 94).id(); // "Cancellation": in no concept
        interact(() -> app.window().mapPane().map().select(shared));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> idempotencyPlaces() == 6);
        assertTrue(app.window().atlas().conceptOf(shared).isPresent(), "the picked topic joined the concept");
        assertEquals(1, app.window().workspace().decisions().size());
    }

    @Test
    void aRenamedConceptIsCalledSoEverywhereUntilUndone() throws Exception {
        selectIdempotency();
        clickOn("#renameConcept");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField name = lookup("#renameDialog .text-field").queryAs(javafx.scene.control.TextField.class);
        assertEquals("idempotency", name.getText(), "the dialog starts from the current name");
        doubleClickOn(name).eraseText(name.getText().length() + 2).write("Safe retries");
        assertEquals("Safe retries", name.getText());
        clickOn(lookup("#renameDialog .button").queryAll().stream()
                .filter(b -> ((javafx.scene.control.Button) b).isDefaultButton()).findFirst().orElseThrow());
        TopicId idem = app.topicAt("senior-backend-study-path.md", 100).id();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> app.window().atlas().conceptOf(idem).map(c -> c.label()).orElse("").equals("Safe retries"));
        assertTrue(app.window().workspace().conceptNames().containsValue("Safe retries"), "the name is part of the workspace");
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> app.window().atlas().conceptOf(idem).map(c -> c.label()).orElse("").equals("idempotency"));
    }

    @Test
    void clickingACoverageCellShowsThoseOccurrencesOnTheMap() {
        interact(() -> app.window().showCoverage());
        WaitForAsyncUtils.waitForFxEvents();
        Node matrix = lookup("#matrixTable").query();
        assertTrue(matrix.isVisible());
        clickOn("#matrixFilter").write("idem");
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = lookup("#matrixTable .table-cell").queryAll().stream()
                .filter(n -> n instanceof CoverageMatrixView.HeatCell c && c.isVisible() && c.column() == 0 && "2".equals(c.getText()))
                .findFirst().orElseThrow(() -> new AssertionError("no cell with two occurrences"));
        clickOn(AppHarness.centreOf(cell));
        WaitForAsyncUtils.waitForFxEvents();
        MindMapView map = app.window().mapPane().map();
        assertEquals(2, map.highlightedProperty().get().size(), "the two occurrences in that roadmap are highlighted");
        assertTrue(map.highlightedProperty().get().contains(map.getSelectedTopic().orElseThrow()), "and the map went to one");
        assertTrue(map.isVisible() && map.getScene() != null, "the map is back in the centre");
    }
}

package dev.crossmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.matching.Matcher;
import dev.crossmap.model.Atlas;
import dev.crossmap.model.Concept;
import dev.crossmap.model.Link;
import dev.crossmap.model.LinkOrigin;
import dev.crossmap.model.Occurrence;
import dev.crossmap.outline.ImportResult;
import dev.crossmap.outline.Importer;
import dev.crossmap.overlap.CoverageMatrix;
import dev.crossmap.document.History;
import dev.crossmap.document.Workspace;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The concepts panel on its own, headless, wired to a workspace the way the main window wires it. */
class ConceptsPaneTest extends FxRobot {
    private final Matcher matcher = new Matcher();
    private final List<Concept> selected = new ArrayList<>();
    private final List<Occurrence> jumps = new ArrayList<>();
    private final List<CurationStep> steps = new ArrayList<>();
    private Workspace ws;
    private History history;
    private ConceptsPane pane;

    @BeforeEach
    void showThePane() throws Exception {
        ws = new Workspace(new Importer().importBundled().stream().map(ImportResult::roadmap).toList());
        history = new History(ws);
        Atlas atlas = matcher.match(ws.roadmaps(), ws.decisions());
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupSceneRoot(() -> {
            pane = new ConceptsPane(atlas, selected::add, jumps::add, step -> {
                steps.add(step);
                history.perform(step.edit(ws.decisions()));
                rematch();
            });
            pane.setPrefSize(640, 760); // inside Monocle's 1280 x 800 headless screen
            return pane;
        });
        FxToolkit.showStage();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void rematch() {
        pane.setAtlas(matcher.match(ws.roadmaps(), ws.decisions()));
    }

    @SuppressWarnings("unchecked")
    private TableView<CoverageMatrix.Row> table() {
        return lookup("#conceptTable").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<Occurrence> occurrences() {
        return lookup("#occurrenceList").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<Link> links() {
        return lookup("#linkList").queryAs(ListView.class);
    }

    private Node cellWithText(String selector, String text) {
        return lookup(selector).queryAll().stream()
                .filter(n -> n instanceof IndexedCell<?> c && c.getText() != null && c.getText().startsWith(text))
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + text));
    }

    private void selectIdempotency() {
        clickOn("#conceptFilter").write("idem");
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(cellWithText(".table-cell", "idempotency"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void typingFiltersTheConceptsAndSelectingOneListsItsOccurrencesWithTheirPaths() {
        int all = table().getItems().size();
        assertTrue(all > 100, "every concept of the bundled roadmaps: " + all);
        selectIdempotency();
        assertTrue(table().getItems().size() < all);
        table().getItems().forEach(r -> assertTrue(
                (r.label() + " " + r.concept().members().stream().map(Occurrence::label).toList()).toLowerCase().contains("idem")));
        assertEquals(5, occurrences().getItems().size());
        assertEquals("idempotency", selected.get(selected.size() - 1).label(), "the owner is told, to highlight the map");
        Node first = cellWithText("#occurrenceList .list-cell", "Phase 4: Concurrency and Async");
        assertEquals("Phase 4: Concurrency and Async \u203a Safety and correctness \u203a Idempotency\n"
                + "    senior-backend-study-path.md, line 100", ((IndexedCell<?>) first).getText());
        assertTrue(lookup("#conceptHeading").queryLabeled().getText().startsWith("idempotency \u2014 5 places in 3 roadmaps"));

        doubleClickOn(first);
        assertEquals(100, jumps.get(0).line(), "double-click goes to the occurrence");
    }

    @Test
    void clickingAColumnHeadingSortsByItAndClickingAgainTurnsTheOrder() {
        Node heading = lookup("#conceptTable .column-header").queryAll().stream()
                .filter(n -> "spreadColumn".equals(n.getId())).findFirst().orElseThrow();
        clickOn(heading);
        WaitForAsyncUtils.waitForFxEvents();
        assertSorted(table().getItems(), true);
        clickOn(heading);
        WaitForAsyncUtils.waitForFxEvents();
        List<CoverageMatrix.Row> rows = table().getItems();
        assertSorted(rows, false);
        assertEquals(rows.stream().mapToInt(CoverageMatrix.Row::spread).max().orElseThrow(), rows.get(0).spread(),
                "the concepts most roadmaps teach come first");
    }

    private static void assertSorted(List<CoverageMatrix.Row> rows, boolean ascending) {
        for (int i = 1; i < rows.size(); i++) {
            int a = rows.get(i - 1).spread();
            int b = rows.get(i).spread();
            assertTrue(ascending ? a <= b : a >= b, rows.get(i - 1).label() + " before " + rows.get(i).label());
        }
    }

    @Test
    void rejectingALinkTakesAnOccurrenceOutAndUndoBringsItBack() {
        selectIdempotency();
        Link first = links().getItems().get(0);
        clickOn(cellWithText("#linkList .list-cell", ""));
        WaitForAsyncUtils.waitForFxEvents();
        Link chosen = links().getSelectionModel().getSelectedItem();
        assertEquals(first, chosen);
        clickOn("#rejectLink");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, steps.size());
        assertTrue(steps.get(0).description().startsWith("reject link "), steps.get(0).description());
        assertTrue(history.undoDescription().orElseThrow().startsWith("reject link "));
        assertEquals("idempotency", pane.selected().orElseThrow().label(), "the concept stays selected after re-matching");
        assertTrue(occurrences().getItems().size() < 5, "the rejected occurrence left: " + occurrences().getItems().size());
        assertFalse(links().getItems().contains(chosen));

        interact(() -> {
            history.undo();
            rematch();
        });
        assertEquals(5, occurrences().getItems().size(), "undo brings it back");
    }

    @Test
    void confirmingASuggestedLinkKeepsItAsConfirmed() {
        selectIdempotency();
        Link auto = links().getItems().stream().filter(l -> l.origin() == LinkOrigin.AUTO).findFirst().orElseThrow();
        interact(() -> links().getSelectionModel().select(auto));
        assertFalse(lookup("#confirmLink").queryAs(Button.class).isDisabled());
        clickOn("#confirmLink");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, occurrences().getItems().size());
        assertTrue(links().getItems().stream().anyMatch(l -> l.origin() == LinkOrigin.CONFIRMED && l.joins(auto.source(), auto.target())),
                links().getItems().toString());
        Link confirmed = links().getItems().stream().filter(l -> l.origin() == LinkOrigin.CONFIRMED).findFirst().orElseThrow();
        interact(() -> links().getSelectionModel().select(confirmed));
        assertTrue(lookup("#confirmLink").queryAs(Button.class).isDisabled(), "nothing left to confirm");
        assertFalse(lookup("#rejectLink").queryAs(Button.class).isDisabled(), "but it can still be rejected");
    }

    @SuppressWarnings("unchecked")
    private ListView<dev.crossmap.model.Suggestion> suggestions() {
        return lookup("#suggestionList").queryAs(ListView.class);
    }

    @Test
    void aSuggestionConfirmedJoinsItsPlacesAndOneRejectedIsNeverOfferedAgainUntilUndo() {
        javafx.scene.control.Tab tab = lookup("#conceptTabs").queryAs(javafx.scene.control.TabPane.class).getTabs().get(1);
        int offered = suggestions().getItems().size();
        assertTrue(offered > 0, "the bundled roadmaps have pairs just below the line");
        assertEquals("Suggestions (" + offered + ")", tab.getText());
        interact(() -> tab.getTabPane().getSelectionModel().select(tab));
        dev.crossmap.model.Suggestion best = suggestions().getItems().get(0);
        assertTrue(suggestions().getItems().stream().allMatch(s -> s.score() <= best.score()), "best first");
        assertTrue(lookup("#confirmSuggestion").queryAs(Button.class).isDisabled(), "nothing chosen yet");

        clickOn(cellWithText("#suggestionList .list-cell", ""));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(best, suggestions().getSelectionModel().getSelectedItem());
        assertFalse(jumps.isEmpty(), "choosing a suggestion shows its first place on the map");
        clickOn("#confirmSuggestion");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(steps.get(steps.size() - 1).description().startsWith("confirm suggestion "));
        assertFalse(suggestions().getItems().contains(best), "a confirmed pair is no longer a suggestion");
        Atlas after = matcher.match(ws.roadmaps(), ws.decisions());
        assertEquals(after.conceptOf(best.a()).orElseThrow(), after.conceptOf(best.b()).orElseThrow(),
                "confirmed: one concept");

        dev.crossmap.model.Suggestion next = suggestions().getItems().get(0);
        interact(() -> suggestions().getSelectionModel().select(next));
        clickOn("#rejectSuggestion");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(suggestions().getItems().contains(next), "a rejected pair is not offered again");
        assertEquals(offered - 2, suggestions().getItems().size());
        interact(() -> {
            history.undo();
            rematch();
        });
        assertTrue(suggestions().getItems().contains(next), "undo offers it again");
    }
}

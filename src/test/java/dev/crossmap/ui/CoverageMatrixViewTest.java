package dev.crossmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.matching.Matcher;
import dev.crossmap.model.Atlas;
import dev.crossmap.model.Occurrence;
import dev.crossmap.outline.ImportResult;
import dev.crossmap.outline.Importer;
import dev.crossmap.overlap.CoverageMatrix;
import dev.crossmap.overlap.UniqueTopics;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The coverage matrix heat map on its own, headless. */
class CoverageMatrixViewTest extends FxRobot {
    private final Matcher matcher = new Matcher();
    private final List<List<Occurrence>> clicked = new ArrayList<>();
    private Atlas atlas;
    private CoverageMatrixView view;

    @BeforeEach
    void showTheMatrix() throws Exception {
        atlas = matcher.match(new Importer().importBundled().stream().map(ImportResult::roadmap).toList());
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupSceneRoot(() -> {
            view = new CoverageMatrixView(atlas, matcher, clicked::add);
            view.setPrefSize(1000, 700); // inside Monocle's 1280 x 800 headless screen
            return view;
        });
        FxToolkit.showStage();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @SuppressWarnings("unchecked")
    private TableView<CoverageMatrix.Row> table() {
        return lookup("#matrixTable").queryAs(TableView.class);
    }

    private CoverageMatrixView.HeatCell cell(String concept, int column) {
        return lookup(".heat-cell").queryAll().stream().map(n -> (CoverageMatrixView.HeatCell) n)
                .filter(c -> c.column() == column && c.getTableRow() != null && c.getTableRow().getItem() != null
                        && c.getTableRow().getItem().label().equals(concept))
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + concept + " / " + column));
    }

    @Test
    void rowsStartWithWhatMostRoadmapsTeach() {
        List<CoverageMatrix.Row> rows = table().getItems();
        assertEquals(atlas.concepts().size(), rows.size());
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).spread() >= rows.get(i).spread());
        }
        assertEquals(2 + 5, table().getColumns().size(), "concept, spread, one column per roadmap");
    }

    @Test
    void clickingACellHandsOverThatRoadmapsOccurrences() {
        clickOn("#matrixFilter").write("idempotency");
        WaitForAsyncUtils.waitForFxEvents();
        CoverageMatrixView.HeatCell studyPath = cell("idempotency", 0);
        assertEquals("2", studyPath.getText());
        assertTrue(studyPath.getStyleClass().contains("heat-2"), studyPath.getStyleClass().toString());
        clickOn(studyPath);
        assertEquals(List.of(100, 111), clicked.get(0).stream().map(Occurrence::line).toList());
        assertEquals("senior-backend-study-path.md", clicked.get(0).get(0).roadmap());

        CoverageMatrixView.HeatCell course = cell("idempotency", 2);
        assertTrue(course.getStyleClass().contains("heat-0"));
        assertEquals("", course.getText());
        clickOn(course);
        assertTrue(clicked.get(1).isEmpty(), "no occurrence in python-backend-developer-roadmap.md");
        assertNotEquals(CoverageMatrixView.colour(dev.crossmap.paint.MapStyle.LIGHT, 1),
                CoverageMatrixView.colour(dev.crossmap.paint.MapStyle.LIGHT, 3), "more is darker");
    }

    @Test
    void theFooterSaysWhatIsSharedAndWhatIsUnique() {
        String text = lookup("#matrixSummary").queryLabeled().getText();
        CoverageMatrix m = CoverageMatrix.of(atlas);
        UniqueTopics unique = UniqueTopics.of(atlas, m, matcher);
        assertTrue(text.startsWith(m.summary().describe() + "\nUnique topics: senior-backend-study-path.md "
                + unique.count("senior-backend-study-path.md") + " \u00b7 python-backend-master-tree.md "), text);
    }
}

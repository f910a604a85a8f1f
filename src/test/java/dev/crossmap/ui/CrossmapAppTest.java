package dev.crossmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real application headless on the bundled roadmaps, as a user would with no arguments. */
class CrossmapAppTest extends FxRobot {
    private Stage stage;
    private javafx.application.Application app;

    @BeforeEach
    void startTheApp() throws Exception {
        AppHarness.cleanSettings();
        launch();
    }

    private void launch() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        AppHarness.placeOnScreen();
        Launcher.setInitialFiles(List.of());
        app = FxToolkit.setupApplication(CrossmapApp.class);
        // Loaded, and the overlaps found (the tree redraws with the ×N badges once they are).
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> statusText().startsWith("5 roadmaps")
                && statusText().contains("shared concepts"));
    }

    @Test
    void theWindowComesBackWhereTheUserLeftIt() throws Exception {
        interact(() -> {
            stage.setX(120);
            stage.setY(90);
            stage.setWidth(900);
            stage.setHeight(640);
        });
        closeTheApp();
        // TestFX reuses one primary stage: move it away so only the remembered settings can bring it back.
        interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(700);
            stage.setHeight(500);
        });
        launch();
        assertEquals(120, stage.getX(), 0.5);
        assertEquals(90, stage.getY(), 0.5);
        assertEquals(900, stage.getWidth(), 0.5);
        assertEquals(640, stage.getHeight(), 0.5);
    }

    @AfterEach
    void closeTheApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private String statusText() {
        StatusBar bar = lookup("#statusBar").tryQuery().map(StatusBar.class::cast).orElse(null);
        return bar == null || bar.getText() == null ? "" : bar.getText();
    }

    @Test
    void theStatusBarSaysWhatIsLoaded() {
        String text = statusText();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("5 roadmaps, ([\\d,]+) topics, [\\d,]+ shared concepts \\([\\d,]+ in 2 roadmaps( \u00b7 [\\d,]+ in \\d)*\\)")
                .matcher(text);
        assertTrue(m.matches(), text);
        int topics = Integer.parseInt(m.group(1).replace(",", ""));
        assertTrue(topics > 1000, "the five roadmaps hold well over a thousand topics: " + text);
        assertEquals("5 roadmaps \u2014 Crossmap", stage.getTitle(), "an unsaved workspace is named by what it holds");
    }

    @Test
    void theTreeShowsTheFiveRoadmapsAndSelectingATopicShowsWhereItComesFrom() {
        clickOn("#outlineMode");
        TreeView<?> tree = lookup("#roadmapTree").queryAs(TreeView.class);
        assertEquals(5, tree.getRoot().getChildren().size());
        javafx.scene.control.TreeCell<?> phase1 = lookup(".tree-cell").queryAll().stream()
                .map(n -> (javafx.scene.control.TreeCell<?>) n)
                .filter(c -> c.isVisible() && !c.isEmpty() && c.getTreeItem() != null
                        && ((TopicEntry) c.getTreeItem().getValue()).label().equals("Phase 1: Python Language Mastery"))
                .findFirst().orElseThrow();
        // Click the place, not the cell object: the tree may hand the same cell to another row meanwhile.
        clickOn(AppHarness.centreOf(phase1));
        Label title = lookup("#detailsTitle").queryAs(Label.class);
        assertEquals("Phase 1: Python Language Mastery", title.getText());
        assertTrue(lookup(".details-field").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().equals("senior-backend-study-path.md, line 3")));
    }

    @Test
    void theAboutDialogOpensAndCloses() {
        clickOn("#menuHelp").clickOn("#menuAbout");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane about = lookup("#aboutDialog").queryAs(DialogPane.class);
        assertTrue(about.getHeaderText().startsWith("Crossmap "), about.getHeaderText());
        Node ok = about.lookupButton(javafx.scene.control.ButtonType.OK);
        clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(Window.getWindows().stream().anyMatch(w -> w.getScene() != null
                && w.getScene().getRoot() == about), "the About dialog is closed");
    }
}

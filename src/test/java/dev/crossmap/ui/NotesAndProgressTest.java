package dev.crossmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A learner writes a note, sets progress, undoes and redoes, saves, reopens and finds everything. */
class NotesAndProgressTest extends FxRobot {
    @TempDir
    Path dir;
    private final AppHarness app = new AppHarness(this);
    private Path roadmap;

    @BeforeEach
    void aSmallRoadmap() throws Exception {
        AppHarness.cleanSettings();
        roadmap = dir.resolve("plan.md");
        Files.writeString(roadmap, "# Plan\n## APIs\n- Idempotency\n- Pagination\n## Data\n- Indexes\n");
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    private javafx.geometry.Point2D row(String label) {
        return AppHarness.centreOf(cell(label));
    }

    private TreeCell<?> cell(String label) {
        interact(() -> {
            app.window().showOutline(true);
            app.window().mapPane().tree().setAllExpanded(true);
        });
        return lookup(".tree-cell").queryAll().stream().map(n -> (TreeCell<?>) n)
                .filter(c -> c.isVisible() && !c.isEmpty() && c.getText() != null && c.getText().contains(label))
                .findFirst().orElseThrow();
    }

    private TextArea editor() {
        return lookup("#noteEditor").queryAs(TextArea.class);
    }

    private boolean progressSelected(String key) {
        return lookup("#progress-" + key).queryAs(ToggleButton.class).isSelected();
    }

    @Test
    void aNoteAndProgressSurviveUndoRedoSaveAndReopen() throws Exception {
        app.start(List.of(roadmap), "1 roadmap");
        clickOn(row("Idempotency")).type(KeyCode.ENTER);
        write("Safe to *retry*.");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Safe to *retry*.", editor().getText());
        assertTrue(cell("Idempotency").getText().endsWith("\u270e"), "the tree marks topics with a note");
        assertTrue(app.stage().getTitle().startsWith("*"), "unsaved changes show in the title");

        clickOn(row("Idempotency")).type(KeyCode.D);
        assertTrue(progressSelected("done"));
        assertTrue(cell("Idempotency").getText().startsWith("\u2714"), cell("Idempotency").getText());

        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertTrue(progressSelected("not-started"), "undo takes the progress back");
        assertEquals("Safe to *retry*.", editor().getText(), "but not the note, which was an earlier step");
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertTrue(progressSelected("done"), "redo puts it back");

        clickOn("#tagInput").write("http").type(KeyCode.ENTER);
        assertTrue(lookup(".tag-chip").queryAll().stream().anyMatch(n -> ((javafx.scene.control.Label) n).getText().equals("http")));

        Path saved = dir.resolve("mine.crossmap.json");
        interact(() -> assertTrue(app.window().files().saveTo(saved)));
        assertFalse(app.stage().getTitle().startsWith("*"), app.stage().getTitle());
        app.stop();

        app.start(List.of(saved), "1 roadmap");
        clickOn(row("Idempotency"));
        assertEquals("Safe to *retry*.", editor().getText());
        assertTrue(progressSelected("done"));
        assertTrue(lookup(".tag-chip").queryAll().stream().anyMatch(n -> ((javafx.scene.control.Label) n).getText().equals("http")));
        assertEquals("mine.crossmap.json \u2014 Crossmap", app.stage().getTitle());
    }

    @Test
    void reopeningAnEditedRoadmapKeepsTheNotesOnTheirTopics() throws Exception {
        Files.writeString(roadmap, "# Plan\n## APIs\n- Idempotency\n- Versoning\n");
        app.start(List.of(roadmap), "1 roadmap");
        clickOn(row("Versoning")).type(KeyCode.ENTER);
        write("URL or header");
        Files.writeString(roadmap, "# Plan\n## Intro\n- Why\n## APIs\n- Versioning\n- Idempotency\n");
        // Not interact(): the question blocks in its own event loop until the robot answers it.
        javafx.application.Platform.runLater(() -> app.window().files().add(List.of(roadmap)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#replaceDialog").tryQuery().isPresent());
        clickOn("Replace");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.window().workspace().roadmaps().get(0).topics().stream()
                .anyMatch(t -> t.label().equals("Versioning")));
        assertTrue(app.window().workspace().unattached().isEmpty(), "every note found its topic");
        clickOn(row("Versioning"));
        assertEquals("URL or header", editor().getText());
        assertEquals(1, app.window().workspace().roadmaps().size(), "replaced, not added");
    }

    @Test
    void thePreviewRendersTheMarkdownNote() throws Exception {
        app.start(List.of(roadmap), "1 roadmap");
        clickOn(row("Pagination")).type(KeyCode.ENTER);
        interact(() -> editor().setText("# Cursor paging\n- stable order\n- **opaque** cursor"));
        clickOn("#previewToggle");
        var texts = from(lookup("#notePreview").queryAll()).lookup((javafx.scene.Node n) -> n instanceof javafx.scene.text.Text)
                .queryAll().stream().map(n -> ((javafx.scene.text.Text) n).getText()).toList();
        assertTrue(texts.contains("Cursor paging"), texts.toString());
        assertTrue(texts.contains("opaque"), texts.toString());
        assertFalse(String.join("", texts).contains("**"), "no raw Markdown in the read view");
    }

    @Test
    void unsavedWorkIsOfferedBackAfterACrash() throws Exception {
        MainWindow.autosaveDelay = java.time.Duration.ofMillis(50);
        try {
            app.start(List.of(roadmap), "1 roadmap");
        } finally {
            MainWindow.autosaveDelay = dev.crossmap.storage.Autosave.DEFAULT_DELAY;
        }
        clickOn(row("Indexes")).type(KeyCode.ENTER);
        write("B-tree first");
        clickOn(row("Indexes")).type(KeyCode.L);
        // The app dies without saving: stop() keeps the recovery file, as a crash would; first the last edit is in it.
        Path recovery = app.window().session().recoveryFile();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(recovery)
                && Files.readString(recovery).contains("B-tree first") && Files.readString(recovery).contains("\"learning\""));
        app.stop();

        app.start(List.of(roadmap), null);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#recoveryDialog").tryQuery().isPresent());
        DialogPane dialog = lookup("#recoveryDialog").queryAs(DialogPane.class);
        assertTrue(dialog.getContentText().contains("untitled workspace"), dialog.getContentText());
        clickOn("Restore");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.status().startsWith("1 roadmap"));
        clickOn(row("Indexes"));
        assertEquals("B-tree first", editor().getText());
        assertTrue(progressSelected("learning"));
        assertTrue(app.stage().getTitle().startsWith("*"), "restored work is unsaved work");
    }
}

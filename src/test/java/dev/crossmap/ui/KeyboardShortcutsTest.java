package dev.crossmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.model.TopicId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Help > Keyboard Shortcuts lists the keys the menus and the map use, and those keys do what it says. */
class KeyboardShortcutsTest extends FxRobot {
    @TempDir
    Path dir;
    private final AppHarness app = new AppHarness(this);

    @BeforeEach
    void aDeepRoadmap() throws Exception {
        AppHarness.cleanSettings();
        Path roadmap = dir.resolve("plan.md");
        Files.writeString(roadmap, "# Plan\n## APIs\n- Idempotency\n  - Retries\n    - Backoff\n- Pagination\n## Data\n- Indexes\n");
        app.start(List.of(roadmap), "1 roadmap");
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    private MindMapView map() {
        return app.window().mapPane().map();
    }

    private boolean onMap(String label) {
        return map().getGeometry().node(topic(label)).isPresent();
    }

    private TopicId topic(String label) {
        return app.window().workspace().roadmaps().get(0).topics().stream()
                .filter(t -> t.label().equals(label)).findFirst().orElseThrow().id();
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = lookup("#menuBar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> items(m).stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static List<MenuItem> items(Menu menu) {
        return menu.getItems().stream().flatMap(i -> i instanceof Menu m
                ? java.util.stream.Stream.concat(java.util.stream.Stream.of(i), items(m).stream())
                : java.util.stream.Stream.of(i)).toList();
    }

    private Optional<Node> shortcutsWindow() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene().lookup("#shortcutsWindow")).filter(n -> n != null).findFirst();
    }

    /** The key texts shown in the shortcuts window for one entry. */
    private List<String> listedKeys(Shortcut s) {
        Node row = shortcutsWindow().orElseThrow().lookup("#shortcut-" + s.name());
        if (row == null) {
            return List.of();
        }
        return row.lookupAll(".shortcut-key").stream().map(n -> ((Label) n).getText()).toList();
    }

    private void focusMap() {
        interact(() -> map().requestFocus());
    }

    @Test
    void helpListsEveryKeyAsTheMenusShowItFiltersAndClosesOnEscape() {
        clickOn("#menuHelp").clickOn("#menuShortcuts");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shortcutsWindow().isPresent(), "Help > Keyboard Shortcuts opens the list");
        assertEquals(List.of(menuItem("menuExpandAll").getAccelerator().getDisplayText()), listedKeys(Shortcut.UNFOLD_ALL));
        assertEquals(List.of(menuItem("menuFind").getAccelerator().getDisplayText()), listedKeys(Shortcut.FIND));
        assertTrue(listedKeys(Shortcut.FIND).get(0).endsWith("F"), listedKeys(Shortcut.FIND).toString());
        assertEquals(List.of("D"), listedKeys(Shortcut.MARK_DONE));
        assertEquals(List.of("1 \u2026 9"), listedKeys(Shortcut.UNFOLD_TO_LEVEL));
        for (Shortcut s : Shortcut.values()) {
            assertFalse(listedKeys(s).isEmpty(), s + " is listed with its keys");
        }
        assertEquals(java.util.Set.of(), Shortcut.unbound(), "every entry of the table is bound by some code");

        clickOn("#shortcutsFilter").write("unfold");
        assertFalse(listedKeys(Shortcut.UNFOLD_ALL).isEmpty());
        assertFalse(listedKeys(Shortcut.UNFOLD_TO_LEVEL).isEmpty());
        assertTrue(listedKeys(Shortcut.SAVE).isEmpty(), "the filter hides what does not match");
        interact(() -> lookup("#shortcutsFilter").queryAs(TextField.class).setText("map"));
        assertFalse(listedKeys(Shortcut.MAP_MODE).isEmpty(), "Show the mind map");
        assertTrue(listedKeys(Shortcut.OPEN).isEmpty(), "\"map\" is a word, not the inside of \"roadmaps\"");

        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shortcutsWindow().isEmpty(), "Escape closes the list");

        type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shortcutsWindow().isPresent(), "the list's own key, F1, opens it");
        type(KeyCode.ESCAPE);
    }

    @Test
    void tooltipsAndMenuItemsShowTheirKeys() {
        String outline = menuItem("menuOutlineMode").getAccelerator().getDisplayText();
        assertTrue(lookup("#outlineMode").queryAs(ToggleButton.class).getTooltip().getText().endsWith("(" + outline + ")"));
        String find = menuItem("menuFind").getAccelerator().getDisplayText();
        assertTrue(lookup("#searchField").queryAs(TextField.class).getPromptText().endsWith("(" + find + ")"));
        assertEquals("Mark done (D)", lookup("#progress-done").queryAs(ToggleButton.class).getTooltip().getText());
        assertEquals("D", menuItem("menuMarkDone").getAccelerator().getDisplayText());
        assertEquals("3", menuItem("menuLevel3").getAccelerator().getDisplayText());
    }

    @Test
    void digitsAndCtrlEUnfoldAsTheListSays() {
        focusMap();
        type(KeyCode.DIGIT1);
        assertFalse(onMap("Idempotency"), "1 folds the map to its first level");
        type(KeyCode.DIGIT3);
        assertTrue(onMap("Retries"));
        assertFalse(onMap("Backoff"), "3 unfolds three levels of topics, no further");
        press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onMap("Backoff"), "Ctrl+E unfolds all");
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.E).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(onMap("Idempotency"), "Ctrl+Shift+E folds all");
    }

    @Test
    void aMapKeyShownInTheMenuActsOnTheMapOnly() {
        interact(() -> map().select(topic("Pagination")));
        clickOn("#searchField").write("d");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("d", lookup("#searchField").queryAs(TextField.class).getText());
        assertFalse(lookup("#progress-done").queryAs(ToggleButton.class).isSelected(),
                "typing d in the search field does not mark the topic done");
        type(KeyCode.ESCAPE);
        interact(() -> {
            map().select(topic("Pagination"));
            lookup("#allOverlaps").query().requestFocus();
        });
        type(KeyCode.D);
        assertFalse(lookup("#progress-done").queryAs(ToggleButton.class).isSelected(),
                "D is a map key: with a toolbar button focused it does nothing");
        focusMap();
        type(KeyCode.D);
        assertTrue(lookup("#progress-done").queryAs(ToggleButton.class).isSelected(), "D on the map marks it done");
        type(KeyCode.SPACE);
        type(KeyCode.ESCAPE);
        assertTrue(map().getSelectedTopic().isEmpty(), "Escape clears the selection");
    }
}

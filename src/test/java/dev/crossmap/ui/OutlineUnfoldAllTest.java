package dev.crossmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TreeCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Unfold All from the mind map also unfolds the outline, down to the deepest topic, and Fold All folds it again. */
class OutlineUnfoldAllTest extends FxRobot {
    @TempDir
    Path dir;
    private final AppHarness app = new AppHarness(this);
    private Path roadmap;

    @BeforeEach
    void aDeepRoadmap() throws Exception {
        AppHarness.cleanSettings();
        roadmap = dir.resolve("deep.md");
        Files.writeString(roadmap, "# Deep\n## Level one\n- Level two\n  - Level three\n    - Level four\n"
                + "      - Level five\n## Other\n- Sibling\n  - Sibling child\n");
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    private List<String> outlineRows() {
        return lookup(".tree-cell").queryAll().stream().map(n -> (TreeCell<?>) n)
                .filter(c -> c.isVisible() && !c.isEmpty() && c.getText() != null).map(TreeCell::getText).toList();
    }

    @Test
    void unfoldAllOnTheMapShowsEveryTopicInTheOutline() throws Exception {
        app.start(List.of(roadmap), "1 roadmap");
        interact(() -> {
            app.window().showOutline(false);
            app.window().mapPane().expandAll(true);
            app.window().showOutline(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> rows = outlineRows();
        assertTrue(rows.containsAll(List.of("Level four", "Level five", "Sibling child")), rows.toString());

        interact(() -> app.window().mapPane().expandAll(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), outlineRows().stream().filter(r -> r.startsWith("Level f")).toList(),
                "folding all hides the deep topics again");
    }
}

package dev.crossmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A learner writes a rich Markdown note and reads it rendered: lists, a table, links, code, and a task to tick. */
class NoteRenderingTest extends FxRobot {
    private static final String NOTE = """
            # Paging
            - [ ] try cursors
            - level one
              - level two
                - level three

            | Kind | Cost |
            |:-----|-----:|
            | offset | high |
            | cursor | low |

            See [wiki](https://en.wikipedia.org/wiki/Pagination_(computing)) and https://example.org/a_(b).

            ~~~
            SELECT * FROM t
            ~~~

            \\*not bold\\*
            """;

    @TempDir
    Path dir;
    private final AppHarness app = new AppHarness(this);

    @BeforeEach
    void start() throws Exception {
        AppHarness.cleanSettings();
        Path roadmap = dir.resolve("plan.md");
        Files.writeString(roadmap, "# Plan\n## APIs\n- Idempotency\n- Pagination\n");
        app.start(List.of(roadmap), "1 roadmap");
        interact(() -> {
            app.window().showOutline(true);
            app.window().mapPane().tree().setAllExpanded(true);
        });
        // The outline lays its cells out on a later pulse; on a busy machine that can be after interact() returns.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> paginationCell().isPresent());
        clickOn(AppHarness.centreOf(paginationCell().orElseThrow())).type(KeyCode.ENTER);
    }

    private Optional<TreeCell<?>> paginationCell() {
        return lookup(".tree-cell").queryAll().stream().<TreeCell<?>>map(n -> (TreeCell<?>) n)
                .filter(c -> c.isVisible() && !c.isEmpty() && c.getText() != null && c.getText().contains("Pagination"))
                .findFirst();
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    private void writeAndPreview(String note) {
        interact(() -> lookup("#noteEditor").queryAs(TextArea.class).setText(note));
        clickOn("#previewToggle");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Node> inPreview(String selector) {
        return List.copyOf(from(lookup("#notePreview").queryAll()).lookup(selector).queryAll());
    }

    private static String textOf(TextFlow flow) {
        return flow.getChildren().stream().map(n -> n instanceof Text t ? t.getText()
                : n instanceof Hyperlink h ? h.getText() : "").collect(Collectors.joining());
    }

    private TextFlow flowSaying(String words) {
        return inPreview(".md-paragraph").stream().map(TextFlow.class::cast).filter(f -> textOf(f).equals(words))
                .findFirst().orElseThrow(() -> new AssertionError("no paragraph says " + words));
    }

    private String note() {
        return lookup("#noteEditor").queryAs(TextArea.class).getText();
    }

    private String savedNote() {
        return app.window().workspace().annotations().values().stream().map(a -> a.note())
                .filter(n -> n.contains("Paging")).findFirst().orElseThrow();
    }

    @Test
    void aRichNoteReadsAsTheLearnerWroteIt() {
        writeAndPreview(NOTE);

        List<String> cells = inPreview(".md-cell").stream().map(n -> textOf((TextFlow) n)).toList();
        assertEquals(List.of("Kind", "Cost", "offset", "high", "cursor", "low"), cells);
        assertEquals(2, inPreview(".md-th").size(), "the first row is the header");
        Node cost = inPreview(".md-cell").get(3);
        assertEquals(HPos.RIGHT, GridPane.getHalignment(cost), "the ---: column is right-aligned");
        assertTrue(inPreview(".md-table").get(0) instanceof GridPane);

        double one = flowSaying("level one").localToScreen(0, 0).getX();
        double two = flowSaying("level two").localToScreen(0, 0).getX();
        double three = flowSaying("level three").localToScreen(0, 0).getX();
        assertTrue(one < two && two < three, "each level is indented further: " + one + " " + two + " " + three);

        Hyperlink wiki = (Hyperlink) inPreview(".md-link").stream().filter(n -> ((Hyperlink) n).getText().equals("wiki"))
                .findFirst().orElseThrow();
        assertEquals("https://en.wikipedia.org/wiki/Pagination_(computing)", wiki.getTooltip().getText());
        assertTrue(inPreview(".md-link").stream().anyMatch(n -> ((Hyperlink) n).getText().equals("https://example.org/a_(b)")),
                "a bare URL is a link, its parentheses kept and the full stop left out");

        Label code = (Label) inPreview(".md-code-block").get(0);
        assertEquals("SELECT * FROM t", code.getText());
        assertTrue(code.getFont().getFamily().toLowerCase(Locale.ROOT).contains("mono"), code.getFont().getFamily());

        TextFlow escaped = flowSaying("*not bold*");
        assertTrue(escaped.getChildren().stream().noneMatch(n -> n.getStyleClass().contains("md-em")),
                "escaped stars are shown, not read as emphasis");
        String shown = inPreview(".md-text").stream().map(n -> ((Text) n).getText()).collect(Collectors.joining());
        assertFalse(shown.contains("|") || shown.contains("~~~") || shown.contains("[ ]"), "no raw Markdown: " + shown);
    }

    @Test
    void tickingATaskEditsTheNoteAndUndoTakesItBack() {
        writeAndPreview(NOTE);
        CheckBox task = (CheckBox) inPreview(".md-task").get(0);
        assertFalse(task.isSelected());
        TextFlow label = flowSaying("try cursors");
        assertTrue(label.getParent().getParent().getChildrenUnmodifiable().contains(task), "the box is the item's marker");

        clickOn(task);
        assertTrue(note().contains("- [x] try cursors"), note());
        assertTrue(savedNote().contains("- [x] try cursors"), "the workspace has the ticked note");
        assertTrue(((CheckBox) inPreview(".md-task").get(0)).isSelected(), "the box shows ticked");
        assertEquals(NOTE.replace("- [ ] try", "- [x] try"), savedNote(), "nothing else in the note changed");

        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertTrue(savedNote().contains("- [ ] try cursors"), "undo unticks: " + savedNote());
        assertFalse(((CheckBox) inPreview(".md-task").get(0)).isSelected());
        assertEquals(NOTE, savedNote(), "and only the tick was undone");
    }

    @Test
    void aNoteNestedTenThousandDeepShowsWithoutCrashing() {
        writeAndPreview("- ".repeat(10_000) + "bottom\n\n" + ">".repeat(10_000) + " quoted\n\n"
                + "*a ".repeat(5_000) + "deep" + " a*".repeat(5_000));
        String shown = inPreview(".md-text").stream().map(n -> ((Text) n).getText()).collect(Collectors.joining());
        assertTrue(shown.contains("bottom") && shown.contains("quoted") && shown.contains("deep"), "the words still show");
        assertTrue(depth(lookup("#notePreview").query()) < 4 * NoteRenderer.MAX_DEPTH,
                "the view nests a bounded number of levels, whatever the note");
        writeAndPreviewAgain("still *working*");
        assertTrue(inPreview(".md-em").stream().anyMatch(n -> ((Text) n).getText().equals("working")));
    }

    private void writeAndPreviewAgain(String note) {
        clickOn("#previewToggle");
        writeAndPreview(note);
    }

    private static int depth(Node root) {
        int max = 0;
        java.util.Deque<Object[]> todo = new java.util.ArrayDeque<>();
        todo.push(new Object[] {root, 0});
        while (!todo.isEmpty()) {
            Object[] e = todo.pop();
            int d = (int) e[1];
            max = Math.max(max, d);
            if (e[0] instanceof Parent p) {
                p.getChildrenUnmodifiable().forEach(c -> todo.push(new Object[] {c, d + 1}));
            }
        }
        return max;
    }
}

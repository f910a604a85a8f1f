package dev.crossmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The topic panel shows what the roadmap's author attached to a topic: tags beside the learner's, and links. */
class AuthorTagsAndLinksTest extends FxRobot {
    @TempDir
    Path dir;
    private final AppHarness app = new AppHarness(this);
    private Path roadmap;

    @BeforeEach
    void aRoadmapWithTagsAndLinks() throws Exception {
        AppHarness.cleanSettings();
        roadmap = dir.resolve("frontend.opml");
        Files.writeString(roadmap, """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0"><head><title>Frontend</title></head><body>
                <outline text="CSS" category="/Core" _note="Selectors before layout."
                         links="[MDN guide](https://developer.mozilla.org/en-US/docs/Web/CSS)">
                  <outline text="Flexbox"/>
                </outline>
                </body></opml>
                """);
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
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

    private List<String> tagTexts() {
        return lookup("#tags").queryAs(FlowPane.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void aTopicShowsItsAuthorsTagAndLinkAndSearchFindsThem() throws Exception {
        app.start(List.of(roadmap), "1 roadmap");
        clickOn(AppHarness.centreOf(cell("CSS")));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("Core"), tagTexts(), "the author's tag is shown");
        VBox links = lookup("#topicLinks").queryAs(VBox.class);
        assertTrue(links.isVisible());
        Hyperlink link = (Hyperlink) links.getChildren().get(0);
        assertTrue(link.getText().contains("MDN guide"), link.getText());
        assertEquals("https://developer.mozilla.org/en-US/docs/Web/CSS", link.getTooltip().getText());
        assertTrue(lookup("#fromRoadmap").queryAs(Label.class).getText().contains("Selectors before layout"));

        clickOn(AppHarness.centreOf(cell("Flexbox")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Flexbox", lookup("#detailsTitle").queryAs(Label.class).getText());
        assertFalse(lookup("#topicLinks").queryAs(VBox.class).isVisible(), "a topic without links shows none");
        assertEquals(List.of(), tagTexts());

        clickOn(AppHarness.centreOf(cell("CSS")));
        clickOn("#tagInput").write("exam").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Core", "exam"), tagTexts(), "the learner's tags come beside the author's");

        TextField search = lookup("#searchField").queryAs(TextField.class);
        interact(() -> search.setText("core"));
        assertEquals("1 match", lookup("#searchCount").queryAs(Label.class).getText(), "search finds the author's tag");
        interact(() -> search.setText("selectors before"));
        assertEquals("1 match", lookup("#searchCount").queryAs(Label.class).getText(), "and the author's note");
    }

}

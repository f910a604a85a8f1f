package dev.crossmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.model.Progress;
import dev.crossmap.model.Topic;
import dev.crossmap.document.Workspace;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Hyperlink;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Marking one occurrence of a concept done marks all of them, and the panel lists every place. */
class SharedProgressTest extends FxRobot {
    private final AppHarness app = new AppHarness(this);

    @BeforeEach
    void start() throws Exception {
        app.startOnTheBundledRoadmaps();
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    private Topic line(String roadmap, int line) {
        return app.topicAt(roadmap, line);
    }

    @Test
    void doneOnOneIdempotencyIsDoneOnAllFiveAndUndoTakesAllBack() {
        Topic idem = line("senior-backend-study-path.md", 100);
        interact(() -> app.window().reveal(idem.id()));
        List<Hyperlink> others = lookup(".occurrence-link").queryAll().stream().map(n -> (Hyperlink) n).toList();
        assertEquals(4, others.size(), "the panel lists the four other places");
        type(KeyCode.D);
        Workspace ws = app.window().workspace();
        List<Topic> five = List.of(idem, line("senior-backend-study-path.md", 111), line("python-backend-master-tree.md", 172),
                line("python-backend-master-tree.md", 597), line("backend-engineering-mastery.md", 33));
        for (Topic t : five) {
            assertEquals(Progress.DONE, ws.annotation(t.id()).progress(), t.label() + " at line " + t.line());
        }
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        for (Topic t : five) {
            assertEquals(Progress.NOT_STARTED, ws.annotation(t.id()).progress());
        }
    }

    @Test
    void anOccurrenceLinkJumpsToThatPlace() {
        Topic idem = line("senior-backend-study-path.md", 100);
        interact(() -> app.window().reveal(idem.id()));
        Hyperlink toMastery = lookup(".occurrence-link").queryAll().stream().map(n -> (Hyperlink) n)
                .filter(h -> h.getText().startsWith("backend-engineering-mastery.md:33")).findFirst().orElseThrow();
        clickOn(toMastery);
        assertTrue(lookup("#detailsTitle").queryLabeled().getText().equals("Idempotency"));
        assertTrue(lookup(".details-field").queryAll().stream().anyMatch(n ->
                ((javafx.scene.control.Label) n).getText().equals("backend-engineering-mastery.md, line 33")));
    }
}

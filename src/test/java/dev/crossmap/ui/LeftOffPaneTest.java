package dev.crossmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.document.AnnotationEdit;
import dev.crossmap.document.History;
import dev.crossmap.document.Workspace;
import dev.crossmap.model.Progress;
import dev.crossmap.model.TopicId;
import dev.crossmap.outline.Importer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The continue list shows what the learner was doing, with when, and a click goes there. */
class LeftOffPaneTest extends FxRobot {
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private final List<TopicId> opened = new ArrayList<>();
    private Workspace ws;
    private LeftOffPane pane;

    @BeforeEach
    void show() throws Exception {
        ws = new Workspace(List.of(new Importer().importBytes("p.md",
                "# Backend path\n- Idempotency\n- Caching\n- Queues\n".getBytes(StandardCharsets.UTF_8)).roadmap()));
        History history = new History(ws);
        AnnotationEdit.useClock(Clock.fixed(NOW.minusSeconds(3 * 3600), ZoneOffset.UTC));
        history.perform(AnnotationEdit.typing(ws, id("Caching"), "- TTLs and **invalidation**", "Caching"));
        history.seal();
        AnnotationEdit.useClock(Clock.fixed(NOW.minusSeconds(5 * 60), ZoneOffset.UTC));
        history.perform(AnnotationEdit.of(ws, List.of(id("Queues")), a -> a.withProgress(Progress.LEARNING), "p"));
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupSceneRoot(() -> {
            pane = new LeftOffPane(opened::add, Clock.fixed(NOW, ZoneOffset.UTC));
            pane.setPrefSize(400, 500);
            return pane;
        });
        FxToolkit.showStage();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        AnnotationEdit.useClock(null);
        FxToolkit.cleanupStages();
    }

    private TopicId id(String label) {
        return ws.roadmaps().get(0).topics().stream().filter(t -> t.label().equals(label)).findFirst().orElseThrow().id();
    }

    @Test
    void listsLearningThenNotesWithWhenAndOpensTheTopicOnClick() {
        interact(() -> pane.refresh(ws));
        List<String> shown = lookup("#leftOffList .left-off-title").queryAll().stream()
                .map(n -> ((Label) n).getText()).toList();
        assertEquals(List.of("Queues", "Caching"), shown, "learning first, then the note");
        String details = lookup("#leftOffList .from-roadmap").queryAll().stream().map(n -> ((Label) n).getText())
                .reduce("", (a, b) -> a + "|" + b);
        assertTrue(details.contains("Learning \u00b7 Backend path \u00b7 5 min ago"), details);
        assertTrue(details.contains("Note \u00b7 Backend path \u00b7 3 h ago\nTTLs and **invalidation**"), details);

        Node caching = lookup("#leftOffList .left-off-title").queryAll().stream()
                .filter(n -> ((Label) n).getText().equals("Caching")).findFirst().orElseThrow();
        clickOn(caching);
        assertEquals(List.of(id("Caching")), opened);
    }

    @Test
    void anEmptyListSaysHowToFillIt() {
        interact(() -> pane.refresh(new Workspace()));
        assertTrue(lookup("#leftOffList").queryListView().getItems().isEmpty());
        assertTrue(lookup((Node n) -> n instanceof Label l && l.getText() != null && l.getText().startsWith("Nothing in progress"))
                .tryQuery().isPresent());
    }

    @Test
    void timesReadAsAPersonWouldSayThem() {
        Clock now = Clock.fixed(NOW, ZoneOffset.UTC);
        assertEquals("just now", LeftOffPane.ago(NOW.minusSeconds(20).toEpochMilli(), now));
        assertEquals("42 min ago", LeftOffPane.ago(NOW.minusSeconds(42 * 60).toEpochMilli(), now));
        assertEquals("yesterday", LeftOffPane.ago(NOW.minusSeconds(30 * 3600).toEpochMilli(), now));
        assertEquals("2026-11-20", LeftOffPane.ago(Instant.parse("2026-11-20T09:00:00Z").toEpochMilli(), now));
        assertEquals("", LeftOffPane.ago(0, now), "a time not known is not shown");
    }
}

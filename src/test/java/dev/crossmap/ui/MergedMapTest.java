package dev.crossmap.ui;

import dev.crossmap.app.MergedMap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.model.Progress;
import dev.crossmap.model.Topic;
import dev.crossmap.model.TopicId;
import dev.crossmap.document.Workspace;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The merged curriculum as a second map: each concept once, and edits there edit the real topics. */
class MergedMapTest extends FxRobot {
    private final AppHarness app = new AppHarness(this);

    @BeforeEach
    void start() throws Exception {
        app.startOnTheBundledRoadmaps();
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    @Test
    void eachConceptAppearsOnceAndProgressThereMarksEveryPlace() {
        MindMapView map = app.window().mapPane().map();
        clickOn("#mergedMode");
        assertTrue(map.getRoadmaps().stream().allMatch(r -> r.name().startsWith(MergedMap.NAME)));
        List<Topic> items = map.getRoadmaps().stream().flatMap(r -> r.topics().stream()).toList();
        long idempotency = items.stream().filter(t -> t.label().equalsIgnoreCase("idempotency")).count();
        assertEquals(1, idempotency, "the five places are one item of the merged curriculum");
        int merged = items.size();
        assertTrue(merged < app.window().workspace().topicCount(), merged + " items for the roadmaps' topics");

        Topic idem = app.topicAt("senior-backend-study-path.md", 100);
        interact(() -> app.window().reveal(idem.id()));
        TopicId drawn = map.getSelectedTopic().orElseThrow();
        assertEquals("idempotency", map.getGeometry().tree().label(map.getGeometry().node(drawn).orElseThrow()).toLowerCase());
        type(KeyCode.D);
        Workspace ws = app.window().workspace();
        for (Topic t : List.of(idem, app.topicAt("senior-backend-study-path.md", 111), app.topicAt("python-backend-master-tree.md", 172),
                app.topicAt("python-backend-master-tree.md", 597), app.topicAt("backend-engineering-mastery.md", 33))) {
            assertEquals(Progress.DONE, ws.annotation(t.id()).progress(), t.label() + " at line " + t.line());
        }

        clickOn("#mergedMode");
        assertEquals(5, map.getRoadmaps().size(), "and back to the roadmaps");
    }
}

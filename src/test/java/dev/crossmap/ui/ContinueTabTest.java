package dev.crossmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.document.LeftOff;
import dev.crossmap.model.Topic;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The side panel's "Continue" tab: what the learner is learning and wrote last, each a jump to the map. */
class ContinueTabTest extends FxRobot {
    private final AppHarness app = new AppHarness(this);

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTopicMarkedLearningIsListedAndOpensOnTheMap() throws Exception {
        app.startOnTheBundledRoadmaps();
        MindMapView map = app.window().mapPane().map();
        Topic first = app.window().workspace().roadmaps().get(0).topics().get(3);
        Topic second = app.window().workspace().roadmaps().get(1).topics().get(2);
        learn(map, first);

        clickOn("#menuView").clickOn("#menuContinue");
        ListView<LeftOff.Entry> list = lookup("#leftOffList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list.getItems().stream()
                .anyMatch(e -> e.topic().equals(first.id())));

        // While the list shows, a newly learnt topic comes first.
        learn(map, second);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !list.getItems().isEmpty()
                && list.getItems().get(0).topic().equals(second.id()));
        assertEquals(second.label(), list.getItems().get(0).label());

        // A click on an entry brings its topic up on the map.
        interact(() -> map.select(null));
        int row = indexOf(list, first);
        javafx.scene.Node cell = lookup("#leftOffList .list-cell").nth(row).query();
        clickOn(cell);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> map.getSelectedTopic().equals(Optional.of(first.id())));
        assertTrue(map.getGeometry().node(first.id()).isPresent());
        assertTrue(map.getGeometry().isVisible(map.getGeometry().node(first.id()).getAsInt()),
                "the opened topic is unfolded into view");
    }

    private void learn(MindMapView map, Topic topic) {
        interact(() -> {
            map.select(topic.id());
            map.requestFocus();
        });
        press(KeyCode.L).release(KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int indexOf(ListView<LeftOff.Entry> list, Topic topic) {
        List<LeftOff.Entry> items = list.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).topic().equals(topic.id())) {
                return i;
            }
        }
        throw new AssertionError(topic.label() + " is not listed");
    }
}

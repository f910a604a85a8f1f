package dev.crossmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.io.ConfigFolder;
import dev.crossmap.layout.MapGeometry;
import dev.crossmap.layout.MapTree;
import dev.crossmap.layout.Rect;
import dev.crossmap.paint.LabelMeasure;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What a user sees first: the bundled roadmaps open with their first-level topics readable, and the first run's hint. */
class FirstViewWindowTest extends FxRobot {
    private final AppHarness app = new AppHarness(this);

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    @Test
    void theBundledRoadmapsOpenWithTheirFirstLevelTopicsReadableAndSayWhatIsFolded() throws Exception {
        app.startOnTheBundledRoadmaps();
        MindMapView map = app.window().mapPane().map();
        WaitForAsyncUtils.waitForFxEvents();
        MapGeometry g = map.getGeometry();
        MapTree tree = g.tree();
        // Every roadmap's first-level topics are on the map, and drawn at least 11 px high in text.
        double textPx = map.getViewport().scale() * LabelMeasure.baseSize(LabelMeasure.level(2));
        assertTrue(textPx >= 11 - 1e-9, "first-level text is " + textPx + " px");
        List<Rect> onScreen = new ArrayList<>();
        int firstLevel = 0;
        for (int n = 1; n < tree.size(); n++) {
            if (tree.depth(n) == 2) {
                firstLevel++;
                assertTrue(g.isVisible(n), tree.label(n) + " is folded away");
                // in the window: its middle is (a label cut at the window's edge is a pan away)
                map.screenBox(tree.id(n)).filter(r -> r.x() + r.w() / 2 >= 0 && r.x() + r.w() / 2 <= map.getWidth()
                        && r.y() + r.h() / 2 >= 0 && r.y() + r.h() / 2 <= map.getHeight()).ifPresent(onScreen::add);
            }
        }
        assertTrue(firstLevel > 20, "the bundled five have many first-level topics: " + firstLevel);
        assertTrue(onScreen.size() >= 10, "readable first-level topics in the window: " + onScreen.size());
        // The rest is folded, and the notice says how much and how to see it.
        int hidden = tree.size() - g.visibleCount();
        assertTrue(hidden > 0);
        assertEquals(String.format("%,d topics folded \u2014 press 2\u20269 or Ctrl+E to unfold", hidden),
                app.window().mapPane().overlay().foldedNotice());
        // Opening is not an edit: the title has no unsaved mark.
        assertEquals("5 roadmaps \u2014 Crossmap", app.stage().getTitle());

        // Unfold All refits: readable around the selection rather than a zoom where everything is bars.
        clickOn(map);
        press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> map.getGeometry().visibleCount() == tree.size());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !map.isGliding());
        double after = map.getViewport().scale() * LabelMeasure.baseSize(LabelMeasure.level(2));
        assertTrue(after >= 11 - 1e-9, "after Unfold All, first-level text is " + after + " px");
        assertEquals("", app.window().mapPane().overlay().foldedNotice(), "nothing is folded any more");
    }

    @Test
    void theFirstRunShowsAHintUntilItIsDismissed() throws Exception {
        AppHarness.firstRunSettings();
        app.start(List.of(), "5 roadmaps");
        MapPane pane = app.window().mapPane();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(pane.overlay().hintShowing());
        assertTrue(lookup("#welcomeHint").tryQuery().isPresent());
        clickOn("#hintDismiss");
        assertFalse(pane.overlay().hintShowing());
        assertFalse(lookup("#welcomeHint").tryQuery().isPresent());
        String settings = Files.readString(ConfigFolder.get().resolve("settings.json"));
        assertTrue(settings.contains("\"hintSeen\" : true"), settings);
        app.stop();

        app.start(List.of(), "5 roadmaps");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(app.window().mapPane().overlay().hintShowing(), "a dismissed hint does not come back");
    }
}

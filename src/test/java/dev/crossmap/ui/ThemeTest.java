package dev.crossmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.io.ConfigFolder;
import java.nio.file.Files;
import java.util.List;
import javafx.application.Application;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** View > Theme switches the whole app between a light and a dark look, and the choice is remembered. */
class ThemeTest extends FxRobot {
    private final AppHarness harness = new AppHarness(this);

    @BeforeEach
    void start() throws Exception {
        AppHarness.cleanSettings();
        harness.start(List.of(), "5 roadmaps");
    }

    @AfterEach
    void stop() throws Exception {
        interact(Theme.LIGHT::apply);
        harness.stop();
    }

    @Test
    void theDarkThemeDarkensThePanelsAndIsRememberedForTheNextStart() throws Exception {
        double lightPanel = brightness(detailsBackground());
        String lightSheet = Application.getUserAgentStylesheet();
        assertTrue(lightPanel > 0.8, "the light theme's side panel is light: " + lightPanel);

        clickOn("#menuView").clickOn("#menuTheme").clickOn("#menuThemeDark");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Theme.DARK, Theme.current().get());
        assertNotEquals(lightSheet, Application.getUserAgentStylesheet());
        double darkPanel = brightness(detailsBackground());
        assertTrue(darkPanel < 0.3, "the dark theme's side panel is dark: " + darkPanel);
        String saved = Files.readString(ConfigFolder.get().resolve("settings.json"));
        assertTrue(saved.contains("\"theme\" : \"dark\""), saved);
        assertEquals(Theme.DARK, AppSettings.load().theme(), "the next start opens dark");
    }

    private Paint detailsBackground() {
        Region pane = lookup(".details-pane").query();
        return pane.getBackground().getFills().get(0).getFill();
    }

    private static double brightness(Paint paint) {
        return ((Color) paint).getBrightness();
    }
}

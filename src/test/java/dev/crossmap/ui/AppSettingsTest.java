package dev.crossmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppSettingsTest {
    @Test
    void theWindowPlaceAndRecentFilesSurviveARestart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.json");
        AppSettings s = AppSettings.load(file);
        s.setWindow(new AppSettings.WindowBounds(40, 60, 1000, 700, false));
        s.addRecent(dir.resolve("a.md"));
        s.addRecent(dir.resolve("b.opml"));
        s.addRecent(dir.resolve("a.md"));
        s.save();

        AppSettings again = AppSettings.load(file);
        assertEquals(Optional.of(new AppSettings.WindowBounds(40, 60, 1000, 700, false)), again.window());
        assertEquals(List.of(dir.resolve("a.md"), dir.resolve("b.opml")), again.recent(), "most recent first, no repeats");
    }

    @Test
    void onlyTheTenMostRecentFilesAreKept(@TempDir Path dir) {
        AppSettings s = AppSettings.load(dir.resolve("settings.json"));
        for (int i = 0; i < 15; i++) {
            s.addRecent(dir.resolve("f" + i + ".md"));
        }
        assertEquals(AppSettings.MAX_RECENT, s.recent().size());
        assertEquals(dir.resolve("f14.md"), s.recent().get(0));
    }

    @Test
    void aDamagedSettingsFileGivesDefaultsInsteadOfFailing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"window\": {\"x\": 1, ");
        AppSettings s = AppSettings.load(file);
        assertTrue(s.window().isEmpty());
        assertTrue(s.recent().isEmpty());
    }
}

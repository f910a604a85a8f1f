package dev.crossmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Whether a window can open is decided from the environment before the toolkit starts (none starts here). */
class LauncherDisplayTest {
    private static Properties props(String... kv) {
        Properties p = new Properties();
        for (int i = 0; i < kv.length; i += 2) {
            p.setProperty(kv[i], kv[i + 1]);
        }
        return p;
    }

    @Test
    void linuxWithoutDisplayOrWaylandHasNoDisplay() {
        Optional<String> why = Launcher.missingDisplay(Map.of("HOME", "/root"), props(), "Linux");
        assertEquals(Optional.of("no display (DISPLAY and WAYLAND_DISPLAY are not set)"), why);
        assertEquals(why, Launcher.missingDisplay(Map.of("DISPLAY", " "), props(), "Linux"), "a blank DISPLAY is none");
    }

    @Test
    void anX11OrWaylandDisplayIsEnough() {
        assertTrue(Launcher.missingDisplay(Map.of("DISPLAY", ":0"), props(), "Linux").isEmpty());
        assertTrue(Launcher.missingDisplay(Map.of("WAYLAND_DISPLAY", "wayland-0"), props(), "Linux").isEmpty());
    }

    @Test
    void theHeadlessMonoclePlatformCountsAsADisplay() {
        assertTrue(Launcher.missingDisplay(Map.of(), props("glass.platform", "Monocle"), "Linux").isEmpty());
    }

    @Test
    void windowsAndMacNeedNoDisplayVariable() {
        assertTrue(Launcher.missingDisplay(Map.of(), props(), "Windows 11").isEmpty());
        assertTrue(Launcher.missingDisplay(Map.of(), props(), "Mac OS X").isEmpty());
    }
}

package dev.crossmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /**
     * Without a GPU device JavaFX's OpenGL pipeline loads Mesa's software renderer only to refuse it: the window
     * asks for the software pipeline at once. With a GPU, or when the user chose a pipeline, nothing is asked.
     */
    @Test
    void withoutAGpuDeviceTheSoftwarePipelineIsAskedForAtOnce(@TempDir Path dev) throws Exception {
        assertEquals(Optional.of("sw"), Launcher.softwarePipelineWithoutGpu(props(), "Linux", dev), "no GPU device");
        assertTrue(Launcher.softwarePipelineWithoutGpu(props("prism.order", "es2"), "Linux", dev).isEmpty(),
                "the user's choice stands");
        assertTrue(Launcher.softwarePipelineWithoutGpu(props(), "Windows 11", dev).isEmpty());
        assertTrue(Launcher.softwarePipelineWithoutGpu(props(), "Linux", dev.resolve("missing")).isEmpty(),
                "no device folder to look in: JavaFX decides");

        Files.createDirectory(dev.resolve("dri"));
        assertTrue(Launcher.softwarePipelineWithoutGpu(props(), "Linux", dev).isEmpty(), "a DRM GPU");
        Files.delete(dev.resolve("dri"));
        Files.createFile(dev.resolve("nvidiactl"));
        assertTrue(Launcher.softwarePipelineWithoutGpu(props(), "Linux", dev).isEmpty(), "NVIDIA's own driver");
    }
}

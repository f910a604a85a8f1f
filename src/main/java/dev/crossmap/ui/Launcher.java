package dev.crossmap.ui;

import dev.crossmap.outline.Importer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;

/** Starts the JavaFX window; the only way {@code Main} reaches the toolkit. */
public final class Launcher {
    private static volatile List<Path> initialFiles = List.of();
    /** Set once the toolkit is up (the application object exists): a failure before it means no display. */
    private static volatile boolean toolkitStarted;
    /** The importer the window's document takes, already reading the bundled roadmaps when no file is given. */
    private static final AtomicReference<Importer> IMPORTER = new AtomicReference<>();

    private Launcher() {
    }

    /**
     * Opens the window on these files (none: the bundled roadmaps) and returns when it closes; or, when no
     * window can be opened here, returns why without starting anything (no stack trace reaches the user).
     */
    public static Optional<String> open(List<Path> files) {
        Optional<String> missing = missingDisplay(System.getenv(), System.getProperties(),
                System.getProperty("os.name", ""));
        if (missing.isPresent()) {
            return missing;
        }
        initialFiles = List.copyOf(files);
        softwarePipelineWithoutGpu(System.getProperties(), System.getProperty("os.name", ""), Path.of("/dev"))
                .ifPresent(order -> System.setProperty(PRISM_ORDER, order));
        Importer importer = new Importer();
        if (files.isEmpty()) {
            importer.readBundledAhead(); // meanwhile the toolkit starts and the window is built (~0.3 s)
        }
        IMPORTER.set(importer);
        try {
            Application.launch(CrossmapApp.class);
        } catch (RuntimeException | Error e) {
            if (toolkitStarted) {
                throw e;
            }
            return Optional.of("the window toolkit could not start (" + innermost(e) + ")");
        }
        return Optional.empty();
    }

    /**
     * Why no window can be opened, decided from the environment alone: on Linux and other X11/Wayland systems
     * a window needs DISPLAY or WAYLAND_DISPLAY, unless the headless Monocle platform was chosen (tests).
     */
    static Optional<String> missingDisplay(Map<String, String> env, Properties props, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return Optional.empty();
        }
        if ("Monocle".equalsIgnoreCase(props.getProperty("glass.platform", ""))) {
            return Optional.empty();
        }
        if (isSet(env.get("DISPLAY")) || isSet(env.get("WAYLAND_DISPLAY"))) {
            return Optional.empty();
        }
        return Optional.of("no display (DISPLAY and WAYLAND_DISPLAY are not set)");
    }

    static final String PRISM_ORDER = "prism.order";

    /**
     * The graphics pipeline to ask for when the user chose none: on Linux with no GPU device ({@code /dev/dri},
     * NVIDIA's or AMD's own), OpenGL can only be Mesa's software rasteriser, which JavaFX's es2 pipeline loads
     * (~55 MiB of memory, ~0.1 s) only to refuse it ("System GPU doesn't meet the es2 pipe requirement") and fall
     * back to its software pipeline: go there directly (issue 14). With a GPU device, or a choice of the user's
     * ({@code -Dprism.order=…}), JavaFX chooses as always.
     */
    static Optional<String> softwarePipelineWithoutGpu(Properties props, String osName, Path dev) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (props.getProperty(PRISM_ORDER) != null || os.startsWith("windows") || os.startsWith("mac")
                || !java.nio.file.Files.isDirectory(dev)) {
            return Optional.empty();
        }
        for (String gpu : List.of("dri", "nvidiactl", "nvidia0", "ati", "kfd")) {
            if (java.nio.file.Files.exists(dev.resolve(gpu))) {
                return Optional.empty();
            }
        }
        return Optional.of("sw");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    private static String innermost(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    static void toolkitStarted() {
        toolkitStarted = true;
    }

    /** The importer made by {@link #open}, once; a new one when the app was started otherwise (tests). */
    static Importer importer() {
        Importer made = IMPORTER.getAndSet(null);
        return made != null ? made : new Importer();
    }

    static List<Path> initialFiles() {
        return initialFiles;
    }

    static void setInitialFiles(List<Path> files) {
        initialFiles = List.copyOf(files);
    }
}

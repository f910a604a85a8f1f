package dev.crossmap.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crossmap.io.AtomicFile;
import dev.crossmap.io.ConfigFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What Crossmap remembers between runs: the window's place and size, the theme and the recent files. Kept as JSON in
 * {@code $XDG_CONFIG_HOME/crossmap/settings.json} (or {@code ~/.config/crossmap}); the system property
 * {@code crossmap.config.dir} points elsewhere (tests use it). A damaged file is ignored, never fatal.
 */
public final class AppSettings {
    /** How many recent files are remembered. */
    public static final int MAX_RECENT = 10;

    /** The window's bounds in screen coordinates. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    private final Path file;
    private WindowBounds window;
    private Theme theme = Theme.LIGHT;
    private boolean hintSeen;
    private boolean picturesInWindowLook;
    private final List<Path> recent = new ArrayList<>();

    private AppSettings(Path file) {
        this.file = file;
    }

    /** Loads the settings from the default folder; missing or damaged settings give defaults. */
    public static AppSettings load() {
        return load(ConfigFolder.get().resolve("settings.json"));
    }

    /** Loads the settings from a file; missing or damaged settings give defaults. */
    public static AppSettings load(Path file) {
        AppSettings s = new AppSettings(file);
        if (!Files.isRegularFile(file)) {
            return s;
        }
        try {
            JsonNode root = new ObjectMapper().readTree(Files.readAllBytes(file));
            JsonNode w = root.path("window");
            if (w.isObject() && w.path("width").asDouble() > 0 && w.path("height").asDouble() > 0) {
                s.window = new WindowBounds(w.path("x").asDouble(), w.path("y").asDouble(),
                        w.path("width").asDouble(), w.path("height").asDouble(), w.path("maximized").asBoolean());
            }
            s.theme = Theme.ofId(root.path("theme").asText("")).orElse(Theme.LIGHT);
            s.hintSeen = root.path("hintSeen").asBoolean(false);
            s.picturesInWindowLook = root.path("picturesInWindowLook").asBoolean(false);
            for (JsonNode r : root.path("recent")) {
                if (r.isTextual() && s.recent.size() < MAX_RECENT) {
                    s.recent.add(Path.of(r.asText()));
                }
            }
        } catch (IOException | RuntimeException e) {
            // A damaged settings file only costs the remembered window size; start with defaults.
            return new AppSettings(file);
        }
        return s;
    }

    public Optional<WindowBounds> window() {
        return Optional.ofNullable(window);
    }

    public void setWindow(WindowBounds bounds) {
        this.window = bounds;
    }

    /** The look chosen in View > Theme (light until the user picks another). */
    public Theme theme() {
        return theme;
    }

    public void setTheme(Theme theme) {
        this.theme = theme == null ? Theme.LIGHT : theme;
    }

    /** Whether the first run's welcome hint was dismissed. */
    public boolean hintSeen() {
        return hintSeen;
    }

    public void setHintSeen(boolean seen) {
        this.hintSeen = seen;
    }

    /** Whether exported pictures take the window's look (dark in the dark theme) instead of the light one. */
    public boolean picturesInWindowLook() {
        return picturesInWindowLook;
    }

    public void setPicturesInWindowLook(boolean windowLook) {
        this.picturesInWindowLook = windowLook;
    }

    /** Recent files, most recent first. */
    public List<Path> recent() {
        return List.copyOf(recent);
    }

    /** Puts a file at the top of the recent list. */
    public void addRecent(Path path) {
        Path p = path.toAbsolutePath().normalize();
        recent.remove(p);
        recent.add(0, p);
        while (recent.size() > MAX_RECENT) {
            recent.remove(recent.size() - 1);
        }
    }

    public void clearRecent() {
        recent.clear();
    }

    /** Writes the settings atomically. */
    public void save() throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        if (window != null) {
            ObjectNode w = root.putObject("window");
            w.put("x", window.x());
            w.put("y", window.y());
            w.put("width", window.width());
            w.put("height", window.height());
            w.put("maximized", window.maximized());
        }
        root.put("theme", theme.id());
        root.put("hintSeen", hintSeen);
        root.put("picturesInWindowLook", picturesInWindowLook);
        ArrayNode r = root.putArray("recent");
        recent.forEach(p -> r.add(p.toString()));
        try {
            AtomicFile.write(file, mapper.writeValueAsBytes(root));
        } catch (JsonProcessingException e) {
            throw new IOException(e);
        }
    }
}

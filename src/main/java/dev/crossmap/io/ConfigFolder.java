package dev.crossmap.io;

import java.nio.file.Path;

/**
 * Where this user's Crossmap files live (settings, vocabulary, recovery copies):
 * {@code $XDG_CONFIG_HOME/crossmap} or {@code ~/.config/crossmap}; the system property
 * {@code crossmap.config.dir} points elsewhere (tests use it).
 */
public final class ConfigFolder {
    private ConfigFolder() {
    }

    /** The settings folder for this user (it may not exist yet). */
    public static Path get() {
        String override = System.getProperty("crossmap.config.dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("crossmap");
    }
}

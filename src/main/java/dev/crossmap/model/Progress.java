package dev.crossmap.model;

import java.util.Locale;
import java.util.Optional;

/** How far a learner is with a topic: the statuses roadmap.sh users know. */
public enum Progress {
    NOT_STARTED("not started"),
    LEARNING("learning"),
    DONE("done"),
    SKIPPED("skipped");

    private final String label;

    Progress(String label) {
        this.label = label;
    }

    /** The word a user reads, e.g. "not started". */
    public String label() {
        return label;
    }

    /** The JSON and CLI spelling, e.g. "not-started". */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses {@link #key()} or the enum name, ignoring case. */
    public static Optional<Progress> fromKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String k = key.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Progress p : values()) {
            if (p.name().equals(k)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}

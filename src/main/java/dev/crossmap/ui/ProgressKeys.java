package dev.crossmap.ui;

import dev.crossmap.model.Progress;
import java.util.function.Consumer;

/** The keys roadmap.sh users expect for progress (D done, L learning, S skipped, 0 clear), from {@link Shortcut}. */
final class ProgressKeys {
    private ProgressKeys() {
    }

    /** The table's entry that sets this status. */
    static Shortcut of(Progress p) {
        return switch (p) {
            case DONE -> Shortcut.MARK_DONE;
            case LEARNING -> Shortcut.MARK_LEARNING;
            case SKIPPED -> Shortcut.MARK_SKIPPED;
            case NOT_STARTED -> Shortcut.MARK_NOT_STARTED;
        };
    }

    /** Makes the progress keys set the status through {@code set}. */
    static ShortcutKeys bind(ShortcutKeys keys, Consumer<Progress> set) {
        for (Progress p : Progress.values()) {
            keys.on(of(p), () -> set.accept(p));
        }
        return keys;
    }
}

package dev.crossmap.ui;

import dev.crossmap.model.Progress;
import java.util.Optional;
import javafx.scene.input.KeyEvent;

/** The keys roadmap.sh users expect for progress: D done, L learning, S skipped, 0 clear. */
final class ProgressKeys {
    private ProgressKeys() {
    }

    /** The status a key press asks for; empty for any other key or with Ctrl/Alt held. */
    static Optional<Progress> of(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (e.getCode()) {
            case D -> Progress.DONE;
            case L -> Progress.LEARNING;
            case S -> Progress.SKIPPED;
            case DIGIT0, NUMPAD0 -> Progress.NOT_STARTED;
            default -> null;
        });
    }
}

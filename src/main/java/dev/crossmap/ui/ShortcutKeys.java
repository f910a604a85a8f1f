package dev.crossmap.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.event.EventHandler;
import javafx.scene.input.KeyEvent;

/**
 * One node's key handling, looked up in the {@link Shortcut} table: the first entry (in the order they were
 * added) that matches a press acts and consumes it; other keys pass on.
 */
final class ShortcutKeys implements EventHandler<KeyEvent> {
    private final Map<Shortcut, Consumer<KeyEvent>> actions = new LinkedHashMap<>();

    ShortcutKeys on(Shortcut key, Runnable action) {
        return on(key, e -> action.run());
    }

    /** The action gets the press, for entries with several keys (which arrow, which digit). */
    ShortcutKeys on(Shortcut key, Consumer<KeyEvent> action) {
        actions.put(key.bound(), action);
        return this;
    }

    @Override
    public void handle(KeyEvent e) {
        for (Map.Entry<Shortcut, Consumer<KeyEvent>> a : actions.entrySet()) {
            if (a.getKey().matches(e)) {
                a.getValue().accept(e);
                e.consume();
                return;
            }
        }
    }
}

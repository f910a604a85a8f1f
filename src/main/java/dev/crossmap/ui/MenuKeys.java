package dev.crossmap.ui;

import javafx.collections.MapChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/**
 * Menu accelerators from the {@link Shortcut} table. Keys that only work on the map or the outline (D, Space,
 * 1…9) are shown beside their menu items too, but kept out of the window-wide accelerators, which act before
 * the focused control: otherwise typing "d" in a note would mark the topic done.
 */
final class MenuKeys {
    private MenuKeys() {
    }

    /** Shows the entry's key beside the item. */
    static MenuItem show(MenuItem item, Shortcut key) {
        return show(item, key, 0);
    }

    /** Shows one of the entry's keys (Level 3: the third digit) beside the item. */
    static MenuItem show(MenuItem item, Shortcut key, int which) {
        item.setAccelerator(key.bound().keys.get(which));
        return item;
    }

    /** Keeps the map-only keys of this bar's items out of its scene's accelerators. */
    static void keepMapKeysLocal(MenuBar bar) {
        MapChangeListener<KeyCombination, Runnable> drop = c -> {
            if (c.wasAdded() && isMapKey(c.getKey())) {
                c.getMap().remove(c.getKey());
            }
        };
        bar.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.getAccelerators().removeListener(drop);
            }
            if (now != null) {
                now.getAccelerators().addListener(drop);
                dropMapKeys(now);
            }
        });
        if (bar.getScene() != null) {
            bar.getScene().getAccelerators().addListener(drop);
            dropMapKeys(bar.getScene());
        }
    }

    private static void dropMapKeys(Scene scene) {
        scene.getAccelerators().keySet().removeIf(MenuKeys::isMapKey);
    }

    static boolean isMapKey(KeyCombination k) {
        for (Shortcut s : Shortcut.values()) {
            if ((s.group == Shortcut.Group.MAP || s.group == Shortcut.Group.PROGRESS) && s.keys.contains(k)) {
                return true;
            }
        }
        return false;
    }
}

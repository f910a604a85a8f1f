package dev.crossmap.ui;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Every key of the app, in one table: the menus take their accelerators from it, the map, the outline, the
 * search field and the lists match key presses against it, and Help &gt; Keyboard Shortcuts lists it. A key
 * that is not here does nothing; an entry no code binds is caught by {@link #unbound()}.
 */
enum Shortcut {
    NEW(Group.FILE, "Start a new, empty workspace", "Shortcut+N"),
    OPEN(Group.FILE, "Open roadmaps or a workspace", "Shortcut+O"),
    ADD_ROADMAPS(Group.FILE, "Add roadmaps to this workspace", "Shortcut+I"),
    SAVE(Group.FILE, "Save the workspace", "Shortcut+S"),
    SAVE_AS(Group.FILE, "Save the workspace under a new name", "Shortcut+Shift+S"),
    QUIT(Group.FILE, "Quit Crossmap", "Shortcut+Q"),

    UNDO(Group.EDIT, "Undo the last change", "Shortcut+Z"),
    REDO(Group.EDIT, "Redo what was undone", "Shortcut+Shift+Z"),

    FIND(Group.VIEW, "Search topics, notes and tags", "Shortcut+F"),
    UNFOLD_ALL(Group.VIEW, "Unfold all", "Shortcut+E"),
    FOLD_ALL(Group.VIEW, "Fold all", "Shortcut+Shift+E"),
    ZOOM_IN(Group.VIEW, "Zoom in", combo(KeyCode.EQUALS), combo(KeyCode.PLUS), combo(KeyCode.ADD)),
    ZOOM_OUT(Group.VIEW, "Zoom out", combo(KeyCode.MINUS), combo(KeyCode.SUBTRACT)),
    ZOOM_FIT(Group.VIEW, "Zoom to fit the whole map", KeyCombination.keyCombination("Shortcut+0"),
            new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN)),
    ZOOM_SELECTION(Group.VIEW, "Zoom to the selected topic", "Shortcut+Shift+0"),
    MAP_MODE(Group.VIEW, "Show the mind map", "Shortcut+1"),
    OUTLINE_MODE(Group.VIEW, "Show the outline", "Shortcut+2"),
    CONCEPTS(Group.VIEW, "Show the concepts panel", "Shortcut+3"),
    COVERAGE(Group.VIEW, "Show the coverage matrix", "Shortcut+4"),
    CONTINUE(Group.VIEW, "Continue where you left off: topics you are learning, latest notes", "Shortcut+5"),
    DETAILS(Group.VIEW, "Show or hide the details panel", "Shortcut+D"),

    SELECT_SIBLING(Group.MAP, "Previous / next topic at the same level (nothing selected: pan)", "Up", "Down"),
    SELECT_PARENT_CHILD(Group.MAP, "Towards the centre / away from it (nothing selected: pan)", "Left", "Right"),
    TOGGLE_FOLD(Group.MAP, "Fold or unfold the selected topic", "Space"),
    UNFOLD_TO_LEVEL(Group.MAP, "Unfold down to that level", levelKeys()),
    EDIT_NOTE(Group.MAP, "Write the selected topic's note", "Enter"),
    CLEAR_SELECTION(Group.MAP, "Clear the selection", "Esc"),

    MARK_DONE(Group.PROGRESS, "Mark the selected topic done", "D"),
    MARK_LEARNING(Group.PROGRESS, "Mark it learning", "L"),
    MARK_SKIPPED(Group.PROGRESS, "Mark it skipped", "S"),
    MARK_NOT_STARTED(Group.PROGRESS, "Mark it not started", new KeyCodeCombination(KeyCode.DIGIT0),
            new KeyCodeCombination(KeyCode.NUMPAD0)),

    NEXT_MATCH(Group.SEARCH, "Show the next match", "Enter"),
    PREVIOUS_MATCH(Group.SEARCH, "Show the previous match", "Shift+Enter"),
    LEAVE_SEARCH(Group.SEARCH, "Clear the search and go back to the map", "Esc"),

    JUMP(Group.LISTS, "Jump to the topic on the map (Continue and Concepts lists)", "Enter"),
    SHORTCUTS(Group.HELP, "List every keyboard shortcut", "F1"),
    CLOSE_WINDOW(Group.HELP, "Close this list", "Esc");

    /** Where a key works, in the order the shortcuts window lists them. */
    enum Group {
        FILE("File"),
        EDIT("Edit"),
        VIEW("View"),
        MAP("On the map"),
        PROGRESS("Progress (on the map or the outline)"),
        SEARCH("In the search field"),
        LISTS("In lists"),
        HELP("Help");

        final String title;

        Group(String title) {
            this.title = title;
        }
    }

    private static final Set<Shortcut> BOUND = Collections.synchronizedSet(EnumSet.noneOf(Shortcut.class));

    final Group group;
    /** What the key does, in a learner's words. */
    final String does;
    /** The first is the one menus and lists show; the others do the same (numpad, keyboard layouts). */
    final List<KeyCombination> keys;

    Shortcut(Group group, String does, String... keys) {
        this(group, does, Arrays.stream(keys).map(KeyCombination::keyCombination).toArray(KeyCombination[]::new));
    }

    Shortcut(Group group, String does, KeyCombination... keys) {
        this.group = group;
        this.does = does;
        this.keys = List.of(keys);
    }

    /** Shortcut (Ctrl, Cmd on a Mac) with this key, Shift either way: '+' needs Shift on many keyboards. */
    private static KeyCombination combo(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY);
    }

    private static KeyCombination[] levelKeys() {
        KeyCombination[] keys = new KeyCombination[18];
        for (int i = 1; i <= 9; i++) {
            keys[i - 1] = new KeyCodeCombination(KeyCode.valueOf("DIGIT" + i));
            keys[8 + i] = new KeyCodeCombination(KeyCode.valueOf("NUMPAD" + i));
        }
        return keys;
    }

    /** The key a menu shows as its accelerator. */
    KeyCombination key() {
        return keys.get(0);
    }

    /** Whether a key press is this shortcut. */
    boolean matches(KeyEvent e) {
        for (KeyCombination k : keys) {
            if (k.match(e)) {
                return true;
            }
        }
        return false;
    }

    /** The keys as this platform writes them ("Ctrl+E", "⌘E"), each once: numpad twins are not repeated. */
    List<String> keyTexts() {
        if (this == UNFOLD_TO_LEVEL) {
            return List.of(keys.get(0).getDisplayText() + " \u2026 " + keys.get(8).getDisplayText());
        }
        return keys.stream().filter(k -> !(k instanceof KeyCodeCombination c) || !c.getCode().isKeypadKey()
                        && c.getCode() != KeyCode.ADD && c.getCode() != KeyCode.SUBTRACT)
                .map(KeyCombination::getDisplayText).distinct().toList();
    }

    /** {@link #keyTexts()} in one line: "Up / Down". */
    String displayText() {
        return String.join(" / ", keyTexts());
    }

    /** A tooltip or prompt with the key after it: "Unfold all (Ctrl+E)". */
    String withKey(String text) {
        return text + " (" + displayText() + ")";
    }

    /** Records that code acts on this key; every place that reacts to a shortcut calls it. */
    Shortcut bound() {
        BOUND.add(this);
        return this;
    }

    /** The entries nothing has bound so far in this run: a table entry that does nothing. */
    static Set<Shortcut> unbound() {
        Set<Shortcut> all = EnumSet.allOf(Shortcut.class);
        all.removeAll(BOUND);
        return all;
    }
}

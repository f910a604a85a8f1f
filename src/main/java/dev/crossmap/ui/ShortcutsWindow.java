package dev.crossmap.ui;

import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help &gt; Keyboard Shortcuts: every entry of {@link Shortcut}, grouped, with its keys as this platform
 * writes them and a filter field. It lists the table the code binds, so it cannot drift from what keys do.
 */
final class ShortcutsWindow {
    private static final double KEY_COLUMN = 124;
    private static Stage open;

    private final Stage stage = new Stage();
    private final TextField filter = new TextField();
    private final VBox list = new VBox(2);

    private ShortcutsWindow(Window owner) {
        stage.initOwner(owner);
        stage.setTitle("Keyboard Shortcuts \u2014 Crossmap");
        filter.setId("shortcutsFilter");
        filter.setPromptText("Filter: a word or a key, e.g. fold or Ctrl");
        filter.textProperty().addListener((o, was, now) -> fill(now));
        list.setId("shortcutsList");
        list.getStyleClass().add("shortcuts-list");
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("shortcuts-scroll");
        BorderPane root = new BorderPane(scroll);
        root.setId("shortcutsWindow");
        root.getStyleClass().add("shortcuts-window");
        Label filterLabel = new Label("_Filter");
        filterLabel.setLabelFor(filter);
        filterLabel.setMnemonicParsing(true);
        HBox top = new HBox(8, filterLabel, filter);
        top.getStyleClass().add("shortcuts-top");
        HBox.setHgrow(filter, Priority.ALWAYS);
        root.setTop(top);
        Label hint = new Label("Keys under \u201c" + Shortcut.Group.MAP.title + "\u201d and \u201cProgress\u201d work while the map "
                + "or the outline has the keyboard. " + Shortcut.CLOSE_WINDOW.displayText() + " closes this list.");
        hint.setWrapText(true);
        hint.getStyleClass().add("shortcuts-hint");
        root.setBottom(hint);
        Scene scene = new Scene(root, 600, 680);
        scene.getStylesheets().addAll(Theme.sceneStylesheets());
        scene.getStylesheets().add(ShortcutsWindow.class.getResource("shortcuts.css").toExternalForm());
        // A filter, not a handler: Escape closes even while the filter field has the keyboard.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, new ShortcutKeys().on(Shortcut.CLOSE_WINDOW, stage::close));
        stage.setScene(scene);
        fill("");
    }

    /** Opens the list, or brings the open one to the front. */
    static void show(Window owner) {
        if (open == null || open.getOwner() != owner) {
            open = new ShortcutsWindow(owner).stage;
        }
        open.show();
        open.toFront();
    }

    /** Lists the entries whose description or keys contain the text, group by group. */
    private void fill(String text) {
        String want = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        list.getChildren().clear();
        for (Shortcut.Group g : Shortcut.Group.values()) {
            List<Shortcut> rows = java.util.Arrays.stream(Shortcut.values())
                    .filter(s -> s.group == g && matches(s, want)).toList();
            if (rows.isEmpty()) {
                continue;
            }
            Label heading = new Label(g.title);
            heading.getStyleClass().add("shortcuts-group");
            list.getChildren().add(heading);
            rows.forEach(s -> list.getChildren().add(row(s)));
        }
        if (list.getChildren().isEmpty()) {
            Label none = new Label("No shortcut matches \u201c" + text.strip() + "\u201d.");
            none.getStyleClass().add("shortcuts-none");
            list.getChildren().add(none);
        }
    }

    /** A word of the description or group starting with the text ("map" is not "roadmaps"), or the keys containing it. */
    private static boolean matches(Shortcut s, String want) {
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("(?iu)(^|\\W)" + java.util.regex.Pattern.quote(want));
        return want.isEmpty() || word.matcher(s.does).find() || word.matcher(s.group.title).find()
                || s.displayText().toLowerCase(Locale.ROOT).contains(want);
    }

    private static HBox row(Shortcut s) {
        HBox keys = new HBox(4);
        keys.setMinWidth(KEY_COLUMN);
        keys.setPrefWidth(KEY_COLUMN);
        for (String k : s.keyTexts()) {
            Label key = new Label(k);
            key.getStyleClass().add("shortcut-key");
            key.setMinWidth(Region.USE_PREF_SIZE);
            keys.getChildren().add(key);
        }
        Label does = new Label(s.does);
        does.setWrapText(true);
        does.getStyleClass().add("shortcut-does");
        HBox.setHgrow(does, Priority.ALWAYS);
        HBox row = new HBox(12, keys, does);
        row.setId("shortcut-" + s.name());
        row.getStyleClass().add("shortcut-row");
        return row;
    }
}

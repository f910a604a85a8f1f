package dev.crossmap.ui;

import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The map with what is said over it: how many topics the first view folded and how to unfold them, and the
 * first run's welcome hint. Each goes away when it is no longer true or when closed.
 */
final class MapOverlay extends StackPane {
    private final MindMapView map;
    private final HBox folded = new HBox(8);
    private final Label foldedText = new Label();
    private VBox hint;

    MapOverlay(MindMapView map) {
        this.map = map;
        foldedText.setId("foldNotice");
        foldedText.setWrapText(true);
        Button close = closeButton(() -> folded.setVisible(false));
        folded.getChildren().addAll(foldedText, close);
        folded.setAlignment(Pos.CENTER_LEFT);
        folded.getStyleClass().add("map-notice");
        folded.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        folded.setVisible(false);
        folded.setMouseTransparent(false);
        StackPane.setAlignment(folded, Pos.BOTTOM_CENTER);
        StackPane.setMargin(folded, new Insets(0, 0, 16, 0));
        // Any change of the folds (the user unfolded, or another map opened) makes the count stale.
        map.getFoldedTopics().addListener((SetChangeListener<Object>) c -> folded.setVisible(false));
        getChildren().addAll(map, folded);
    }

    /** Says that the first view folded {@code count} topics and which keys unfold them; nothing for none. */
    void showFolded(int count) {
        folded.setVisible(count > 0);
        foldedText.setText(String.format("%,d topics folded \u2014 press 2\u20269 or %s to unfold", count,
                Shortcut.UNFOLD_ALL.displayText()));
    }

    /** Whether the folded-topics notice is showing, and what it says (empty when hidden). */
    String foldedNotice() {
        return folded.isVisible() ? foldedText.getText() : "";
    }

    /** Shows the first run's hint until "Got it" (then {@code dismissed} runs, so it is not shown again). */
    void showHint(Runnable dismissed) {
        if (hint != null) {
            return;
        }
        Label title = new Label("Welcome to Crossmap");
        title.getStyleClass().add("map-hint-title");
        VBox lines = new VBox(6,
                line("Open roadmaps with File \u203a Open (" + Shortcut.OPEN.displayText() + "), or drop Markdown, "
                        + "OPML, Freeplane, XMind or text outlines on the window; several at once make one map."),
                line("A \u00d73 badge means the topic is one concept written in 3 places; select it to see the others "
                        + "linked on the map and listed on the right."),
                line("Press " + Shortcut.UNFOLD_TO_LEVEL.displayText() + " to unfold to a level and "
                        + Shortcut.TOGGLE_FOLD.displayText() + " to fold; " + Shortcut.MARK_DONE.displayText() + ", "
                        + Shortcut.MARK_LEARNING.displayText() + ", " + Shortcut.MARK_SKIPPED.displayText() + " or "
                        + Shortcut.MARK_NOT_STARTED.displayText() + " mark the selected topic done, learning, skipped "
                        + "or not started. Help \u203a Keyboard Shortcuts (" + Shortcut.SHORTCUTS.displayText()
                        + ") lists every key."));
        Button ok = new Button("Got it");
        ok.setId("hintDismiss");
        ok.setDefaultButton(false);
        HBox buttons = new HBox(ok);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        hint = new VBox(10, title, lines, buttons);
        hint.setId("welcomeHint");
        hint.getStyleClass().add("map-hint");
        hint.setMaxSize(420, Region.USE_PREF_SIZE);
        hint.setPrefWidth(420);
        StackPane.setAlignment(hint, Pos.TOP_RIGHT);
        StackPane.setMargin(hint, new Insets(16));
        ok.setOnAction(e -> {
            getChildren().remove(hint);
            hint = null;
            dismissed.run();
            map.requestFocus();
        });
        getChildren().add(hint);
    }

    /** Whether the welcome hint is showing. */
    boolean hintShowing() {
        return hint != null;
    }

    private static Label line(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(l, Priority.ALWAYS);
        return l;
    }

    private static Button closeButton(Runnable close) {
        Button b = new Button("\u00d7");
        b.getStyleClass().addAll("flat", "map-notice-close");
        b.setFocusTraversable(false); // the map keeps the keys
        b.setOnAction(e -> close.run());
        return b;
    }
}

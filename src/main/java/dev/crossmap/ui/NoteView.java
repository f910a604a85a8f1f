package dev.crossmap.ui;

import java.util.function.Consumer;
import javafx.scene.layout.VBox;

/**
 * The read view of a note: its Markdown (CommonMark with GitHub tables, task lists, strikethrough and bare URLs)
 * as JavaFX nodes. Links go to {@code openLink}; clicking a task's box asks {@code tick} to edit the note.
 */
final class NoteView extends VBox {
    private final Consumer<String> openLink;
    private final Consumer<NoteMarkdown.Task> tick;

    NoteView(Consumer<String> openLink, Consumer<NoteMarkdown.Task> tick) {
        this.openLink = openLink;
        this.tick = tick;
        getStyleClass().add("note-view");
        setSpacing(6);
    }

    /** Shows {@code markdown}, replacing what was shown. */
    void show(String markdown) {
        getChildren().setAll(NoteRenderer.render(markdown, openLink, tick));
    }
}

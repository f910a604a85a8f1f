package dev.crossmap.ui;

import dev.crossmap.model.Topic;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The side panel: where the selected topic comes from, its metadata and its note. */
final class DetailsPane extends VBox {
    private final Label title = new Label();
    private final Label source = new Label();
    private final Label path = new Label();
    private final Label meta = new Label();
    private final TextArea note = new TextArea();

    DetailsPane() {
        setId("detailsPane");
        getStyleClass().add("details-pane");
        setPadding(new Insets(12));
        setSpacing(8);
        setPrefWidth(320);
        setMinWidth(200);
        title.getStyleClass().add("details-title");
        title.setWrapText(true);
        title.setId("detailsTitle");
        for (Label l : new Label[] {source, path, meta}) {
            l.setWrapText(true);
            l.getStyleClass().add("details-field");
        }
        note.setEditable(false);
        note.setWrapText(true);
        note.setId("detailsNote");
        note.setPromptText("No note.");
        VBox.setVgrow(note, Priority.ALWAYS);
        Label noteHeading = new Label("Note");
        noteHeading.getStyleClass().add("details-heading");
        getChildren().addAll(title, source, path, meta, noteHeading, note);
        show(Optional.empty());
    }

    void show(Optional<TopicEntry> entry) {
        if (entry.isEmpty()) {
            title.setText("Nothing selected");
            source.setText("Select a topic to see where it comes from.");
            path.setText("");
            meta.setText("");
            note.setText("");
            return;
        }
        TopicEntry e = entry.get();
        title.setText(e.label());
        if (e.isRoadmap()) {
            source.setText(e.roadmap().name() + " \u00b7 " + e.roadmap().format());
            path.setText(e.roadmap().size() + " topics");
            meta.setText("");
            note.setText("");
            return;
        }
        Topic t = e.topic();
        source.setText(e.roadmap().name() + ", line " + t.line());
        java.util.List<String> p = e.roadmap().path(t.id());
        path.setText(p.isEmpty() ? "Top level" : String.join(" \u203a ", p));
        StringBuilder m = new StringBuilder();
        t.meta().hours().ifPresent(h -> m.append("Estimated: ").append(h == Math.rint(h) ? Long.toString((long) h) : h).append(" h\n"));
        t.meta().span().ifPresent(s -> m.append("When: ").append(s.text()).append('\n'));
        t.checked().ifPresent(c -> m.append("Progress: ").append(c.label()).append('\n'));
        meta.setText(m.toString().strip());
        note.setText(t.note());
    }
}

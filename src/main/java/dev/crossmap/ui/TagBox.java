package dev.crossmap.ui;

import dev.crossmap.document.AnnotationEdit;
import dev.crossmap.document.History;
import dev.crossmap.document.Workspace;
import dev.crossmap.model.Annotation;
import dev.crossmap.model.Topic;
import dev.crossmap.model.TopicId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.controlsfx.control.textfield.TextFields;

/**
 * A topic's tags in the side panel: the author's (shown, not removable) and the learner's (each removable),
 * and a field that adds one, completing from the tags already used. Each change is one undoable edit.
 */
final class TagBox {
    private final FlowPane tags = new FlowPane(4, 4);
    private final TextField input = new TextField();
    private final Supplier<Workspace> ws;
    private final Supplier<History> history;
    private final Supplier<Optional<TopicId>> topic;

    /** @param topic the topic shown (none for a roadmap or nothing) */
    TagBox(Supplier<Workspace> ws, Supplier<History> history, Supplier<Optional<TopicId>> topic) {
        this.ws = ws;
        this.history = history;
        this.topic = topic;
        tags.setId("tags");
        input.setId("tagInput");
        input.setPromptText("Add a tag and press Enter");
        input.setOnAction(e -> add(input.getText()));
        TextFields.bindAutoCompletion(input, request -> suggest(request.getUserText()));
    }

    FlowPane tags() {
        return tags;
    }

    TextField input() {
        return input;
    }

    /** Shows this topic's tags: the author's first, then the learner's that the author did not write. */
    void show(Topic t, Annotation a) {
        tags.getChildren().clear();
        for (String tag : t.meta().tags()) {
            Label chip = new Label(tag);
            chip.getStyleClass().addAll("tag-chip", "author-tag");
            chip.setTooltip(new Tooltip("Tag from the roadmap"));
            tags.getChildren().add(chip);
        }
        for (String tag : a.tags()) {
            if (t.meta().tags().stream().noneMatch(tag::equalsIgnoreCase)) {
                tags.getChildren().add(chip(tag));
            }
        }
    }

    private Label chip(String tag) {
        Label chip = new Label(tag);
        chip.getStyleClass().add("tag-chip");
        Button remove = new Button("\u00d7");
        remove.getStyleClass().add("tag-remove");
        remove.setOnAction(e -> remove(tag));
        chip.setGraphic(remove);
        chip.setContentDisplay(ContentDisplay.RIGHT);
        return chip;
    }

    private void add(String raw) {
        String tag = raw == null ? "" : raw.strip();
        Optional<TopicId> id = topic.get();
        if (tag.isEmpty() || id.isEmpty()) {
            return;
        }
        Workspace w = ws.get();
        TreeSet<String> next = new TreeSet<>(w.annotation(id.get()).tags());
        if (next.add(tag)) {
            history.get().perform(AnnotationEdit.of(w, List.of(id.get()), a -> a.withTags(next), "tag " + tag));
        }
        input.clear();
    }

    private void remove(String tag) {
        topic.get().ifPresent(id -> {
            Workspace w = ws.get();
            TreeSet<String> next = new TreeSet<>(w.annotation(id).tags());
            next.remove(tag);
            history.get().perform(AnnotationEdit.of(w, List.of(id), a -> a.withTags(next), "untag " + tag));
        });
    }

    private List<String> suggest(String typed) {
        Workspace w = ws.get();
        if (w == null) {
            return List.of();
        }
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        TreeSet<String> all = new TreeSet<>();
        w.annotations().values().forEach(a -> all.addAll(a.tags()));
        return all.stream().filter(s -> s.toLowerCase(Locale.ROOT).startsWith(t) && !s.equalsIgnoreCase(typed))
                .limit(12).toList();
    }
}

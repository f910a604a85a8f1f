package dev.crossmap.ui;

import dev.crossmap.document.LeftOff;
import dev.crossmap.document.Workspace;
import dev.crossmap.model.TopicId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * "Continue where I left off": the topics marked learning and the notes written last, newest first; a click
 * (or Enter) goes to the topic on the map.
 */
final class LeftOffPane extends VBox {
    /** How many entries the list keeps. */
    static final int LIMIT = 40;
    private final ListView<LeftOff.Entry> list = new ListView<>();
    private final Clock clock;

    LeftOffPane(Consumer<TopicId> onOpen) {
        this(onOpen, Clock.systemDefaultZone());
    }

    LeftOffPane(Consumer<TopicId> onOpen, Clock clock) {
        super(6);
        this.clock = clock;
        setId("leftOffPane");
        setPadding(new Insets(6));
        Label heading = new Label("Continue where you left off");
        heading.getStyleClass().add("details-heading");
        Label empty = new Label("Nothing in progress yet.\n" + Shortcut.MARK_LEARNING.withKey("Mark a topic Learning")
                + " or write a note on it,\nand it is listed here.");
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.setId("leftOffList");
        list.setCellFactory(lv -> new EntryCell());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && list.getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(list.getSelectionModel().getSelectedItem().topic());
            }
        });
        list.setOnKeyPressed(new ShortcutKeys().on(Shortcut.JUMP, () -> {
            if (list.getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(list.getSelectionModel().getSelectedItem().topic());
            }
        }));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(heading, list);
    }

    /** Shows the list for the workspace as it is now. */
    void refresh(Workspace ws) {
        list.getItems().setAll(LeftOff.of(ws, LIMIT));
    }

    ListView<LeftOff.Entry> list() {
        return list;
    }

    /** "just now", "5 min ago", "3 h ago", "yesterday", else the date; "" when the time is not known. */
    static String ago(long millis, Clock clock) {
        if (millis <= 0) {
            return "";
        }
        Duration d = Duration.between(Instant.ofEpochMilli(millis), clock.instant());
        if (d.toMinutes() < 1) {
            return "just now";
        }
        if (d.toHours() < 1) {
            return d.toMinutes() + " min ago";
        }
        if (d.toHours() < 24) {
            return d.toHours() + " h ago";
        }
        if (d.toHours() < 48) {
            return "yesterday";
        }
        return DateTimeFormatter.ISO_LOCAL_DATE.format(Instant.ofEpochMilli(millis).atZone(
                clock.getZone() == null ? ZoneId.systemDefault() : clock.getZone()));
    }

    /** Two lines: the topic, then why it is here, its roadmap and when, and the note's first line. */
    private final class EntryCell extends ListCell<LeftOff.Entry> {
        private final Label title = new Label();
        private final Label detail = new Label();
        private final VBox box = new VBox(1, title, detail);

        EntryCell() {
            title.getStyleClass().add("left-off-title");
            detail.getStyleClass().add("from-roadmap");
        }

        @Override
        protected void updateItem(LeftOff.Entry e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            EmojiText.show(title, e.label());
            StringBuilder sb = new StringBuilder(e.reason() == LeftOff.Reason.LEARNING ? "Learning" : "Note");
            sb.append(" \u00b7 ").append(e.roadmap());
            String when = ago(e.edited(), clock);
            if (!when.isEmpty()) {
                sb.append(" \u00b7 ").append(when);
            }
            if (!e.note().isEmpty()) {
                sb.append("\n").append(e.note());
            }
            EmojiText.show(detail, sb.toString());
            setText(null);
            setGraphic(box);
        }
    }
}

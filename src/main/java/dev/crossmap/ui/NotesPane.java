package dev.crossmap.ui;

import dev.crossmap.model.Annotation;
import dev.crossmap.model.Occurrence;
import dev.crossmap.model.Progress;
import dev.crossmap.model.Topic;
import dev.crossmap.model.TopicId;
import dev.crossmap.document.AnnotationEdit;
import dev.crossmap.document.History;
import dev.crossmap.document.Workspace;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;

/**
 * The side panel: where the selected topic comes from, its progress, tags and note. The note is Markdown,
 * written in an editor and read rendered; every change is an undoable edit, saved as typed (no save button).
 */
final class NotesPane extends VBox {
    private final Label title = new Label();
    private final Label source = new Label();
    private final Label path = new Label();
    private final Label meta = new Label();
    private final Label fromRoadmap = new Label();
    private final SegmentedButton progress = new SegmentedButton();
    private final ToggleGroup progressGroup = new ToggleGroup();
    private final CheckBox share = new CheckBox("Same progress for every occurrence of the concept");
    private final TagBox tagBox = new TagBox(() -> this.ws, () -> this.history,
            () -> this.shown == null || this.shown.isRoadmap() ? Optional.empty() : Optional.of(this.shown.topic().id()));
    private final TextArea editor = new TextArea();
    private final NoteView preview;
    private final ToggleButton previewToggle = new ToggleButton("Preview");
    private final ScrollPane previewScroll;
    private final VBox topicBox = new VBox(8);
    private final VBox links = new VBox(2);
    private final Consumer<String> openLink;

    private Workspace ws;
    private History history;
    private dev.crossmap.app.TopicActions actions;
    private Function<TopicId, List<Occurrence>> occurrences = id -> List.of();
    private Consumer<TopicId> jump = id -> { };
    private final VBox places = new VBox(2);
    private final Label placesHeading = heading("");
    private TopicEntry shown;
    private boolean updating;

    NotesPane(Consumer<String> openLink) {
        setId("notesPane");
        getStyleClass().add("details-pane");
        setPadding(new Insets(12));
        setSpacing(8);
        setPrefWidth(340);
        setMinWidth(220);
        this.openLink = openLink;
        preview = new NoteView(openLink, this::tick);
        preview.setId("notePreview");

        title.getStyleClass().add("details-title");
        title.setWrapText(true);
        title.setId("detailsTitle");
        for (Label l : new Label[] {title, source, path, meta, fromRoadmap, placesHeading}) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.getStyleClass().add("details-field");
        }
        fromRoadmap.getStyleClass().add("from-roadmap");
        fromRoadmap.setId("fromRoadmap");
        links.setId("topicLinks");

        for (Progress p : Progress.values()) {
            ToggleButton b = new ToggleButton(p.label());
            b.setUserData(p);
            b.setId("progress-" + p.key());
            b.setTooltip(new javafx.scene.control.Tooltip(ProgressKeys.of(p).withKey("Mark " + p.label())));
            b.setToggleGroup(progressGroup);
            progress.getButtons().add(b);
        }
        progress.setToggleGroup(progressGroup);
        progressGroup.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && !updating && was != null) {
                // Clicking the selected status again keeps it selected: there is always a status.
                progressGroup.selectToggle(was);
            } else if (now != null && !updating) {
                setProgress((Progress) now.getUserData());
            }
        });
        share.setId("shareProgress");
        share.setWrapText(true);
        share.selectedProperty().addListener((o, was, now) -> {
            if (!updating && ws != null) {
                ws.setShareConceptProgress(now);
            }
        });


        editor.setId("noteEditor");
        editor.setWrapText(true);
        editor.setPromptText("Write a note in Markdown: # heading, - list, **bold**, `code`, [link](https://…)");
        editor.textProperty().addListener((o, was, now) -> {
            if (!updating && shown != null && !shown.isRoadmap() && history != null) {
                actions.typeNote(shown.topic().id(), now);
            }
        });
        editor.focusedProperty().addListener((o, was, now) -> {
            if (!now && history != null) {
                history.seal();
            }
        });
        previewToggle.setId("previewToggle");
        previewToggle.selectedProperty().addListener((o, was, now) -> {
            showNoteMode();
            showPreview();
        });
        previewScroll = new ScrollPane(preview);
        previewScroll.setFitToWidth(true);
        previewScroll.getStyleClass().add("note-preview");
        preview.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                previewToggle.setSelected(false);
                editor.requestFocus();
            }
        });
        StackPane noteArea = new StackPane(editor, previewScroll);
        // The panel scrolls before the note shrinks below a few lines (a concept written in many places).
        noteArea.setMinHeight(160);
        VBox.setVgrow(noteArea, Priority.ALWAYS);

        Label noteHeading = heading("Note");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox noteBar = new HBox(6, noteHeading, spacer, previewToggle);
        places.setId("occurrences");
        topicBox.getChildren().addAll(placesHeading, places, heading("Progress"), progress, share, heading("Tags"), tagBox.tags(),
                tagBox.input(), noteBar);
        VBox.setVgrow(noteArea, Priority.ALWAYS);
        getChildren().addAll(title, source, path, meta, fromRoadmap, links, topicBox, noteArea);
        showNoteMode();
        show(Optional.empty());
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("details-heading");
        return l;
    }

    /**
     * Works on this workspace from now on, editing it through {@code topicActions}; {@code sameConcept} gives
     * every occurrence of a topic's concept (empty when it is written in one place only), {@code jumpTo} shows a topic.
     */
    void bind(Workspace workspace, History h, dev.crossmap.app.TopicActions topicActions,
              Function<TopicId, List<Occurrence>> sameConcept, Consumer<TopicId> jumpTo) {
        this.ws = workspace;
        this.history = h;
        this.actions = topicActions;
        this.occurrences = sameConcept;
        this.jump = jumpTo;
        show(Optional.empty());
    }

    /** The concepts changed (a new match): re-read what is shown. */
    void conceptsChanged() {
        show(Optional.ofNullable(shown));
    }

    /** Shows a topic (or a roadmap, or nothing). */
    void show(Optional<TopicEntry> entry) {
        shown = entry.orElse(null);
        updating = true;
        try {
            refreshShown();
        } finally {
            updating = false;
        }
    }

    /** Re-reads the shown topic after its annotation changed (undo, spread progress). */
    void annotationsChanged(Set<TopicId> ids) {
        if (shown != null && !shown.isRoadmap() && ids.contains(shown.topic().id())) {
            updating = true;
            try {
                refreshShown();
            } finally {
                updating = false;
            }
        }
    }

    /** Puts the keyboard in the note editor (Enter on a topic). */
    void focusNote() {
        if (shown != null && !shown.isRoadmap()) {
            previewToggle.setSelected(false);
            editor.requestFocus();
            editor.end();
        }
    }

    private void refreshShown() {
        boolean isTopic = shown != null && !shown.isRoadmap() && ws != null;
        topicBox.setVisible(isTopic);
        topicBox.setManaged(isTopic);
        editor.setDisable(!isTopic);
        if (shown == null) {
            EmojiText.show(title, "Nothing selected");
            source.setText("Select a topic to see where it comes from, and to write a note on it.");
            path.setText("");
            meta.setText("");
            fromRoadmap.setText("");
            links.getChildren().clear();
            editor.setText("");
            showPreview();
            return;
        }
        EmojiText.show(title, shown.label());
        if (shown.isRoadmap()) {
            source.setText(shown.roadmap().name() + " \u00b7 " + shown.roadmap().format());
            path.setText(String.format(Locale.ROOT, "%,d topics", shown.roadmap().size()));
            meta.setText("");
            fromRoadmap.setText("");
            links.getChildren().clear();
            editor.setText("");
            showPreview();
            return;
        }
        Topic t = shown.topic();
        source.setText(shown.roadmap().name() + ", line " + t.line());
        List<String> p = shown.roadmap().path(t.id());
        EmojiText.show(path, p.isEmpty() ? "Top level" : String.join(" \u203a ", p));
        StringBuilder m = new StringBuilder();
        t.meta().hoursText().ifPresent(h -> m.append("Estimated ").append(h).append(" h  "));
        t.meta().span().ifPresent(s -> m.append(s.text()).append("  "));
        t.meta().timestamp().ifPresent(s -> m.append("Video at ").append(s));
        meta.setText(m.toString().strip());
        fromRoadmap.setText(t.note().isEmpty() ? "" : "From the roadmap: " + t.note());
        Annotation a = ws.annotation(t.id());
        for (var b : progress.getButtons()) {
            if (b.getUserData() == a.progress()) {
                progressGroup.selectToggle(b);
            }
        }
        share.setSelected(ws.shareConceptProgress());
        List<Occurrence> same = occurrences.apply(t.id());
        showPlaces(t.id(), same);
        int others = Math.max(0, same.size() - 1);
        share.setVisible(others > 0);
        share.setManaged(others > 0);
        if (others > 0) {
            share.setText("Same progress for all " + (others + 1) + " occurrences of this concept");
        }
        showLinks(t);
        tagBox.show(t, a);
        if (!editor.getText().equals(a.note())) {
            editor.setText(a.note());
        }
        showPreview();
    }

    /** The author's links, each a hyperlink that opens in the browser. */
    private void showLinks(Topic t) {
        links.getChildren().clear();
        for (dev.crossmap.model.WebLink l : t.meta().links()) {
            javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink(l.shownText());
            link.setWrapText(true);
            link.setMinHeight(Region.USE_PREF_SIZE);
            link.getStyleClass().add("topic-link");
            link.setTooltip(new javafx.scene.control.Tooltip(l.url()));
            link.setOnAction(e -> openLink.accept(l.url()));
            links.getChildren().add(link);
        }
        links.setVisible(!t.meta().links().isEmpty());
        links.setManaged(!t.meta().links().isEmpty());
    }

    private void showPlaces(TopicId self, List<Occurrence> same) {
        places.getChildren().clear();
        boolean any = same.size() > 1;
        placesHeading.setText(any ? "Written in " + same.size() + " places" : "");
        placesHeading.setVisible(any);
        placesHeading.setManaged(any);
        places.setVisible(any);
        places.setManaged(any);
        for (Occurrence o : same) {
            List<String> trail = new java.util.ArrayList<>(o.path());
            trail.add(o.topic().label());
            String text = o.roadmap() + ":" + o.line() + "  " + String.join(" \u203a ", trail);
            if (o.topic().id().equals(self)) {
                Label here = new Label();
                here.setWrapText(true);
                EmojiText.show(here, "\u25b8 " + text);
                here.setMinHeight(Region.USE_PREF_SIZE);
                here.getStyleClass().add("occurrence-here");
                places.getChildren().add(here);
            } else {
                javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink();
                link.setWrapText(true);
                EmojiText.show(link, text);
                link.setMinHeight(Region.USE_PREF_SIZE);
                link.getStyleClass().add("occurrence-link");
                link.setOnAction(e -> jump.accept(o.topic().id()));
                places.getChildren().add(link);
            }
        }
    }

    private void setProgress(Progress p) {
        if (shown == null || shown.isRoadmap() || ws.annotation(shown.topic().id()).progress() == p) {
            return;
        }
        actions.setProgress(shown.topic().id(), p);
    }

    /** Renders the note only while the preview shows: typing in the editor does not re-render it per key. */
    private void showPreview() {
        if (previewToggle.isSelected()) {
            preview.show(shown == null || shown.isRoadmap() || ws == null ? "" : ws.annotation(shown.topic().id()).note());
        }
    }

    /** A task box in the preview was clicked: its [ ] or [x] in the note flips, as one undoable edit. */
    private void tick(NoteMarkdown.Task task) {
        if (shown == null || shown.isRoadmap() || history == null) {
            return;
        }
        TopicId id = shown.topic().id();
        String label = shown.label();
        Optional<String> next = NoteMarkdown.toggled(ws.annotation(id).note(), task);
        if (next.isPresent()) {
            history.seal();
            history.perform(AnnotationEdit.of(ws, List.of(id), a -> a.withNote(next.get()),
                    (task.done() ? "untick a task in " : "tick a task in ") + label));
        } else {
            showPreview();
        }
    }

    private void showNoteMode() {
        boolean p = previewToggle.isSelected();
        editor.setVisible(!p);
        previewScroll.setVisible(p);
    }
}

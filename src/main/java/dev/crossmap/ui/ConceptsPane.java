package dev.crossmap.ui;

import dev.crossmap.model.Atlas;
import dev.crossmap.model.Concept;
import dev.crossmap.model.Link;
import dev.crossmap.model.LinkOrigin;
import dev.crossmap.model.Occurrence;
import dev.crossmap.model.TopicId;
import dev.crossmap.overlap.CoverageMatrix;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The concepts panel: every concept written in two or more places, with how many places and how many
 * roadmaps, sortable by any column and filtered as the user types. Selecting a concept lists its occurrences
 * with their paths ("Phase 4 › Safety and correctness › Idempotency") and the links that hold it together,
 * each with its reason; the user confirms or rejects a link. The pane only reports: selection, jumps and
 * curation steps go to the callbacks, and the owner hands back a re-matched atlas through {@link #setAtlas}.
 */
final class ConceptsPane extends VBox {
    private final TextField filter = new TextField();
    private final ObservableList<CoverageMatrix.Row> rows = FXCollections.observableArrayList();
    private final FilteredList<CoverageMatrix.Row> filtered = new FilteredList<>(rows);
    private final TableView<CoverageMatrix.Row> table = new TableView<>();
    private final Label heading = new Label();
    private final ListView<Occurrence> occurrences = new ListView<>();
    private final ListView<Link> links = new ListView<>();
    private final ListView<dev.crossmap.model.Suggestion> suggestions = new ListView<>();
    private final javafx.scene.control.Tab suggestionsTab = new javafx.scene.control.Tab();
    private final Button confirmSuggestion = new Button("Confirm");
    private final Button rejectSuggestion = new Button("Reject");
    private final Button confirm = new Button("Confirm");
    private final Button reject = new Button("Reject");
    private final Button splitOff = new Button("Split off");
    private final Button addPlace = new Button("Add a place\u2026");
    private Consumer<Concept> onAddPlace = c -> { };
    private final Button rename = new Button("Rename\u2026");
    private java.util.function.BiConsumer<Concept, String> onRename = (c, n) -> { };
    private final Consumer<Concept> onSelect;
    private final Consumer<Occurrence> onJump;
    private final Consumer<CurationStep> onCuration;
    private Atlas atlas;
    private CoverageMatrix matrix;

    /**
     * @param atlas      the matched atlas to show
     * @param onSelect   a concept was selected (the owner highlights its occurrences on the map)
     * @param onJump     the user asked to go to one occurrence (double click or Enter)
     * @param onCuration the user confirmed or rejected a link
     */
    ConceptsPane(Atlas atlas, Consumer<Concept> onSelect, Consumer<Occurrence> onJump, Consumer<CurationStep> onCuration) {
        super(6);
        this.onSelect = onSelect;
        this.onJump = onJump;
        this.onCuration = onCuration;
        setId("conceptsPane");
        setPadding(new Insets(6));
        filter.setId("conceptFilter");
        filter.setPromptText("Filter concepts (type the start of a word)");
        filter.textProperty().addListener((o, a, b) -> applyFilter());
        buildTable();
        heading.setId("conceptHeading");
        heading.setStyle("-fx-font-weight: bold");
        occurrences.setId("occurrenceList");
        occurrences.setCellFactory(lv -> new OccurrenceCell());
        occurrences.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                jump();
            }
        });
        occurrences.setOnKeyPressed(new ShortcutKeys().on(Shortcut.JUMP, this::jump));
        links.setId("linkList");
        links.setCellFactory(lv -> new LinkCell());
        confirm.setId("confirmLink");
        reject.setId("rejectLink");
        confirm.setOnAction(e -> decide(true));
        reject.setOnAction(e -> decide(false));
        links.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> updateButtons());
        occurrences.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        splitOff.setId("splitConcept");
        splitOff.setTooltip(new javafx.scene.control.Tooltip("Make the selected places a concept of their own"));
        splitOff.setOnAction(e -> split());
        addPlace.setId("addPlace");
        addPlace.setTooltip(new javafx.scene.control.Tooltip("Then click the topic on the map that is this concept too"));
        addPlace.setOnAction(e -> selected().ifPresent(onAddPlace));
        occurrences.getSelectionModel().getSelectedItems().addListener(
                (javafx.collections.ListChangeListener<Occurrence>) c -> updateButtons());
        rename.setId("renameConcept");
        rename.setOnAction(e -> selected().ifPresent(c -> {
            javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog(c.label());
            ask.setTitle("Rename concept");
            ask.setHeaderText("A name for \u201c" + c.label() + "\u201d in every view (empty: the matcher's name)");
            ask.getDialogPane().setId("renameDialog");
            if (getScene() != null) {
                ask.initOwner(getScene().getWindow());
            }
            ask.showAndWait().ifPresent(name -> onRename.accept(c, name));
        }));
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(6, 6, confirm, reject, splitOff, addPlace, rename);
        VBox detail = new VBox(6, heading, new Label("Occurrences (double-click to go there)"), occurrences,
                new Label("Why they are one concept"), links, buttons);
        VBox.setVgrow(occurrences, Priority.ALWAYS);
        VBox.setVgrow(links, Priority.ALWAYS);
        SplitPane split = new SplitPane(table, detail);
        javafx.scene.control.Tab conceptsTab = new javafx.scene.control.Tab("Concepts", split);
        conceptsTab.setClosable(false);
        suggestionsTab.setContent(buildSuggestions());
        suggestionsTab.setClosable(false);
        suggestionsTab.setId("suggestionsTab");
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(conceptsTab, suggestionsTab);
        tabs.setId("conceptTabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        getChildren().addAll(filter, tabs);
        setAtlas(atlas);
    }

    private void buildTable() {
        table.setId("conceptTable");
        TableColumn<CoverageMatrix.Row, String> label = new TableColumn<>("Concept");
        label.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        label.setPrefWidth(220);
        TableColumn<CoverageMatrix.Row, Integer> places = new TableColumn<>("Places");
        places.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().places()));
        places.setId("placesColumn");
        TableColumn<CoverageMatrix.Row, Integer> spread = new TableColumn<>("Roadmaps");
        spread.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().spread()));
        spread.setId("spreadColumn");
        label.setId("labelColumn");
        table.getColumns().setAll(List.of(label, places, spread));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        SortedList<CoverageMatrix.Row> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label("No concept matches"));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> show(b));
    }

    /**
     * The suggestions list: pairs scored just below joining, best first, each to confirm or reject (undoable,
     * saved with the workspace, applied again after every re-match).
     */
    private VBox buildSuggestions() {
        suggestions.setId("suggestionList");
        suggestions.setCellFactory(lv -> {
            SuggestionCell cell = new SuggestionCell();
            // Wrap to the list's width: labels of other authors are long, and the reason matters most.
            cell.setWrapText(true);
            cell.prefWidthProperty().bind(lv.widthProperty().subtract(24));
            return cell;
        });
        suggestions.setPlaceholder(new Label("No suggestions: every pair that reads alike is already one concept"));
        suggestions.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            updateSuggestionButtons();
            if (b != null) {
                atlas.occurrence(b.a()).ifPresent(onJump);
            }
        });
        confirmSuggestion.setId("confirmSuggestion");
        rejectSuggestion.setId("rejectSuggestion");
        confirmSuggestion.setTooltip(new javafx.scene.control.Tooltip("They are the same concept: share progress and notes"));
        rejectSuggestion.setTooltip(new javafx.scene.control.Tooltip("Not the same concept: never suggest this pair again"));
        confirmSuggestion.setOnAction(e -> decideSuggestion(true));
        rejectSuggestion.setOnAction(e -> decideSuggestion(false));
        Label hint = new Label("Places that read almost alike, best first. Confirm the ones that teach the same thing.");
        hint.setWrapText(true);
        VBox box = new VBox(6, hint, suggestions, new HBox(6, confirmSuggestion, rejectSuggestion));
        box.setPadding(new Insets(6, 0, 0, 0));
        VBox.setVgrow(suggestions, Priority.ALWAYS);
        updateSuggestionButtons();
        return box;
    }

    private void updateSuggestionButtons() {
        boolean none = suggestions.getSelectionModel().getSelectedItem() == null;
        confirmSuggestion.setDisable(none);
        rejectSuggestion.setDisable(none);
    }

    private void decideSuggestion(boolean same) {
        dev.crossmap.model.Suggestion s = suggestions.getSelectionModel().getSelectedItem();
        if (s != null) {
            String between = name(s.a()) + " \u2013 " + name(s.b());
            onCuration.accept(same ? CurationStep.confirm(s, between) : CurationStep.reject(s, between));
        }
    }

    /** Shows a re-matched atlas, keeping the filter and, if it still exists, the selected concept. */
    void setAtlas(Atlas newAtlas) {
        Optional<TopicId> selected = selected().map(c -> c.members().get(0).vertex());
        int suggestionAt = suggestions.getSelectionModel().getSelectedIndex();
        atlas = newAtlas;
        suggestions.getItems().setAll(newAtlas.suggestions());
        suggestionsTab.setText("Suggestions (" + newAtlas.suggestions().size() + ")");
        if (suggestionAt >= 0 && !suggestions.getItems().isEmpty()) {
            suggestions.getSelectionModel().select(Math.min(suggestionAt, suggestions.getItems().size() - 1));
        }
        matrix = CoverageMatrix.of(newAtlas);
        rows.setAll(matrix.rows());
        applyFilter();
        if (selected.isPresent()) {
            Optional<Concept> again = newAtlas.conceptOf(selected.get());
            again.flatMap(matrix::row).ifPresentOrElse(r -> table.getSelectionModel().select(r), () -> show(null));
        }
    }

    /** The concept selected in the table. */
    Optional<Concept> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem()).map(CoverageMatrix.Row::concept);
    }

    /** Selects a concept (e.g. when the user picked one of its topics on the map). */
    void select(Concept concept) {
        matrix.row(concept).ifPresent(r -> {
            if (!filtered.contains(r)) {
                filter.clear();
            }
            table.getSelectionModel().select(r);
            table.scrollTo(r);
        });
    }

    private void applyFilter() {
        Set<CoverageMatrix.Row> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        keep.addAll(matrix.matching(filter.getText()));
        filtered.setPredicate(keep::contains);
    }

    private void show(CoverageMatrix.Row row) {
        if (row == null) {
            heading.setText("Select a concept");
            occurrences.getItems().clear();
            links.getItems().clear();
            updateButtons();
            return;
        }
        Concept c = row.concept();
        heading.setText(c.label() + " \u2014 " + row.places() + " places in " + row.spread()
                + (row.spread() == 1 ? " roadmap" : " roadmaps"));
        occurrences.getItems().setAll(c.members());
        links.getItems().setAll(c.links());
        updateButtons();
        onSelect.accept(c);
    }

    private void jump() {
        Occurrence o = occurrences.getSelectionModel().getSelectedItem();
        if (o != null) {
            onJump.accept(o);
        }
    }

    private void split() {
        Optional<Concept> concept = selected();
        List<Occurrence> chosen = List.copyOf(occurrences.getSelectionModel().getSelectedItems());
        if (concept.isPresent() && !chosen.isEmpty() && chosen.size() < concept.get().size()) {
            java.util.Set<TopicId> part = new java.util.HashSet<>();
            chosen.forEach(o -> part.add(o.vertex()));
            onCuration.accept(CurationStep.split(concept.get(), part));
        }
    }

    /** Called with the selected concept and the name the user gave it. */
    void setOnRename(java.util.function.BiConsumer<Concept, String> handler) {
        onRename = handler;
    }

    /** Called with the selected concept when the user wants to add a place to it (the owner lets them pick one). */
    void setOnAddPlace(Consumer<Concept> handler) {
        onAddPlace = handler;
    }

    private void updateButtons() {
        int chosen = occurrences.getSelectionModel().getSelectedItems().size();
        splitOff.setDisable(chosen == 0 || chosen >= occurrences.getItems().size());
        addPlace.setDisable(selected().isEmpty());
        rename.setDisable(selected().isEmpty());
        Link l = links.getSelectionModel().getSelectedItem();
        reject.setDisable(l == null);
        confirm.setDisable(l == null || l.origin() != LinkOrigin.AUTO);
    }

    private void decide(boolean keep) {
        Link l = links.getSelectionModel().getSelectedItem();
        if (l != null) {
            String between = name(l.source()) + " \u2013 " + name(l.target());
            onCuration.accept(keep ? CurationStep.confirm(l, between) : CurationStep.reject(l, between));
        }
    }

    /** "Idempotency (senior-backend-study-path.md:100)": the same label is often on both ends of a link. */
    private String where(TopicId vertex) {
        return name(vertex) + atlas.occurrence(vertex).map(o -> " (" + o.roadmap() + ":" + o.line() + ")").orElse("");
    }

    private String name(TopicId vertex) {
        return atlas.facet(vertex).map(f -> f.label())
                .orElseGet(() -> atlas.occurrence(vertex).map(Occurrence::label).orElse(vertex.value()));
    }

    /** "Phase 4 › Safety and correctness › Idempotency", and the file and line under it. */
    static String path(Occurrence o) {
        List<String> parts = new ArrayList<>(o.path());
        parts.add(o.label());
        return String.join(" \u203a ", parts);
    }

    private static final class OccurrenceCell extends ListCell<Occurrence> {
        @Override
        protected void updateItem(Occurrence o, boolean empty) {
            super.updateItem(o, empty);
            setText(empty || o == null ? null : path(o) + "\n    " + o.roadmap() + ", line " + o.line());
        }
    }

    private final class SuggestionCell extends ListCell<dev.crossmap.model.Suggestion> {
        @Override
        protected void updateItem(dev.crossmap.model.Suggestion s, boolean empty) {
            super.updateItem(s, empty);
            setText(empty || s == null ? null : where(s.a()) + "\n\u2194 " + where(s.b()) + "\n    " + s.reason());
        }
    }

    private final class LinkCell extends ListCell<Link> {
        @Override
        protected void updateItem(Link l, boolean empty) {
            super.updateItem(l, empty);
            if (empty || l == null) {
                setText(null);
                return;
            }
            String origin = switch (l.origin()) {
                case AUTO -> String.format("suggested, %.2f", l.score());
                case CONFIRMED -> "confirmed";
                case MANUAL -> "added by you";
            };
            setText(where(l.source()) + "\n\u2194 " + where(l.target()) + "\n    " + l.reason() + " (" + origin + ")");
        }
    }
}

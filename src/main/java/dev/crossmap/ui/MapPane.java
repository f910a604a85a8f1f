package dev.crossmap.ui;

import dev.crossmap.layout.MapTree;
import dev.crossmap.layout.Point;
import dev.crossmap.layout.Viewport;
import dev.crossmap.model.Annotation;
import dev.crossmap.model.Atlas;
import dev.crossmap.model.Concept;
import dev.crossmap.model.Occurrence;
import dev.crossmap.model.Progress;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import dev.crossmap.model.TopicId;
import dev.crossmap.document.FoldEdit;
import dev.crossmap.document.History;
import dev.crossmap.document.ViewState;
import dev.crossmap.document.Workspace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.SegmentedButton;

/**
 * The centre of the window: the mind map (or the outline), with a bar for search, the roadmap filter and
 * the overlap links. Keeps the map in step with the workspace: folds are undoable edits, marks follow notes
 * and progress, selection goes to the notes panel.
 */
final class MapPane extends BorderPane {
    /** What the pane needs from the window. */
    interface Host {
        Workspace workspace();

        History history();

        Atlas atlas();

        void topicSelected(Optional<TopicEntry> entry);

        void setProgressOfSelection(Progress p);

        void focusNote();

        /** The coverage matrix for the current overlaps (made when first shown after they changed). */
        javafx.scene.Node coverageView();
    }

    private final Host host;
    private final MindMapView map = new MindMapView();
    private final RoadmapTree tree;
    private final TextField search = new TextField();
    private final Label searchCount = new Label();
    private final CheckComboBox<String> filter = new CheckComboBox<>();
    private final ToggleButton allOverlaps = new ToggleButton("All overlaps");
    private final ToggleButton merged = new ToggleButton("Merged");
    private MergedMap mergedMap;
    private Consumer<TopicId> picking;
    private final ToggleButton mapMode = new ToggleButton("Map");
    private final ToggleButton outlineMode = new ToggleButton("Outline");
    private final ToggleButton coverageMode = new ToggleButton("Coverage");
    private Map<TopicId, int[]> branchProgress = Map.of();
    /** The topics that were done when {@link #branchProgress} was worked out. */
    private Set<TopicId> doneCounted = Set.of();
    private List<TopicId> matches = List.of();
    private int matchIndex = -1;
    private boolean applyingFolds;
    private boolean foldSyncQueued;
    private boolean filtering;
    private boolean selecting;
    private final Tooltip noteTip = new Tooltip();
    private TopicId hovered;

    MapPane(Host host) {
        this.host = host;
        this.tree = new RoadmapTree(id -> host.workspace().annotation(id));
        setId("mapPane");
        map.marksProperty().set(this::marksOf);
        map.selectedTopicProperty().addListener((o, was, now) -> {
            if (!selecting) {
                selected(now);
            }
        });
        map.getFoldedTopics().addListener((SetChangeListener<TopicId>) c -> {
            if (!applyingFolds && !foldSyncQueued) {
                foldSyncQueued = true;
                Platform.runLater(this::foldsFromMap);
            }
        });
        map.addEventFilter(KeyEvent.KEY_PRESSED, this::mapKey);
        map.setOnContextMenuRequested(e -> {
            map.topicAt(e.getX(), e.getY()).ifPresent(map::select);
            if (map.getSelectedTopic().isPresent()) {
                contextMenu().show(map, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
        noteTip.setShowDelay(javafx.util.Duration.millis(350));
        noteTip.setWrapText(true);
        noteTip.setMaxWidth(420);
        map.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_MOVED, e -> hover(map.topicAt(e.getX(), e.getY())));
        map.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_EXITED, e -> hover(Optional.empty()));
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!selecting && now != null && now.getValue() != null) {
                TopicEntry e = now.getValue();
                selecting = true;
                try {
                    map.select(e.isRoadmap() ? MapTree.roadmapId(e.roadmap()) : e.topic().id());
                } finally {
                    selecting = false;
                }
                linkOccurrences(e.isRoadmap() ? null : e.topic().id());
                host.topicSelected(Optional.of(e));
            }
        });
        tree.setOnProgressKey(host::setProgressOfSelection);
        tree.setOnEnter(host::focusNote);

        search.setId("searchField");
        search.setPromptText("Search topics, notes, tags (Ctrl+F)");
        search.setPrefColumnCount(22);
        search.textProperty().addListener((o, was, now) -> searchFor(now));
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                step(e.isShiftDown() ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
                map.requestFocus();
                e.consume();
            }
        });
        searchCount.setId("searchCount");
        searchCount.getStyleClass().add("search-count");
        filter.setId("roadmapFilter");
        filter.setTitle("Roadmaps");
        filter.setTooltip(new Tooltip("Show or hide whole roadmaps on the map"));
        filter.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!filtering) {
                showRoadmaps();
            }
        });
        merged.setId("mergedMode");
        merged.setTooltip(new Tooltip("One map of every concept once: all roadmaps merged"));
        merged.selectedProperty().addListener((o, was, now) -> showRoadmaps());
        allOverlaps.setId("allOverlaps");
        allOverlaps.setTooltip(new Tooltip("Draw the links between every concept's occurrences"));
        allOverlaps.selectedProperty().addListener((o, was, now) -> overlapLinks());
        ToggleGroup modes = new ToggleGroup();
        mapMode.setId("mapMode");
        outlineMode.setId("outlineMode");
        coverageMode.setId("coverageMode");
        coverageMode.setTooltip(new Tooltip("Concepts × roadmaps: what every roadmap teaches, what only one does"));
        mapMode.setSelected(true);
        SegmentedButton modeButtons = new SegmentedButton(mapMode, outlineMode, coverageMode);
        modeButtons.setToggleGroup(modes);
        modes.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                modes.selectToggle(was);
            } else {
                setCenter(now == mapMode ? map : now == outlineMode ? tree : host.coverageView());
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        for (javafx.scene.control.Control c : List.of(mapMode, outlineMode, coverageMode, merged, allOverlaps, searchCount)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        filter.setMinWidth(120);
        filter.setMaxWidth(220);
        HBox bar = new HBox(8, modeButtons, search, searchCount, spacer, merged, filter, allOverlaps);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("map-bar");
        setTop(bar);
        setCenter(map);
    }

    MindMapView map() {
        return map;
    }

    RoadmapTree tree() {
        return tree;
    }

    /** Shows a (new) workspace: its roadmaps, folds, filter and view. */
    void show(Workspace ws) {
        filtering = true;
        try {
            filter.getItems().setAll(ws.roadmaps().stream().map(Roadmap::name).toList());
            for (String name : filter.getItems()) {
                if (!ws.view().hiddenRoadmaps().contains(name)) {
                    filter.getCheckModel().check(name);
                }
            }
        } finally {
            filtering = false;
        }
        tree.show(ws.roadmaps());
        showRoadmaps();
        annotationsChanged();
        applyView(ws.view());
    }

    /** Roadmaps were added: the map and the filter follow. */
    void roadmapsChanged(Workspace ws) {
        filtering = true;
        try {
            for (Roadmap r : ws.roadmaps()) {
                if (!filter.getItems().contains(r.name())) {
                    filter.getItems().add(r.name());
                    filter.getCheckModel().check(r.name());
                }
            }
        } finally {
            filtering = false;
        }
        tree.show(ws.roadmaps());
        showRoadmaps();
        annotationsChanged();
    }

    /** Whether the map shows the merged curriculum instead of the roadmaps. */
    boolean isMerged() {
        return merged.isSelected();
    }

    void setMerged(boolean on) {
        merged.setSelected(on);
    }

    /** The merged curriculum on the map, if that is what it shows. */
    Optional<MergedMap> mergedMap() {
        return merged.isSelected() ? Optional.ofNullable(mergedMap) : Optional.empty();
    }

    private void showRoadmaps() {
        Workspace ws = host.workspace();
        filter.setDisable(merged.isSelected());
        if (merged.isSelected()) {
            mergedMap = MergedMap.of(host.atlas());
            map.setRoadmaps(mergedMap.roadmaps());
            applyingFolds = true;
            try {
                map.setFoldedTopics(map.getGeometry().tree().foldsForLevel(2));
            } finally {
                applyingFolds = false;
            }
            map.fitWhenReady();
            searchFor(search.getText());
            map.allOverlapsProperty().set(List.of());
            return;
        }
        mergedMap = null;
        Set<String> shown = new HashSet<>(filter.getCheckModel().getCheckedItems());
        List<Roadmap> visible = ws.roadmaps().stream().filter(r -> shown.contains(r.name())).toList();
        map.setRoadmaps(visible);
        foldsFromWorkspace();
        searchFor(search.getText());
        overlapLinks();
    }

    /** Everything may have changed (a new workspace, roadmaps added): branch progress is worked out again. */
    void annotationsChanged() {
        branchProgress = BranchProgress.of(host.workspace());
        Set<TopicId> done = new HashSet<>();
        host.workspace().annotations().forEach((id, a) -> {
            if (a.progress() == Progress.DONE) {
                done.add(id);
            }
        });
        doneCounted = done;
        map.redraw();
        tree.refresh();
    }

    /**
     * These topics' notes, progress or tags changed. Branch progress (a pass over every topic) is worked out
     * again only if one of them became done or stopped being done: typing a note must not cost that pass.
     */
    void annotationsChanged(Set<TopicId> topics) {
        Workspace ws = host.workspace();
        for (TopicId id : topics) {
            boolean done = ws.annotation(id).progress() == Progress.DONE;
            if (done != doneCounted.contains(id)) {
                annotationsChanged();
                return;
            }
        }
        map.redraw();
        tree.refresh();
    }

    /** A new match: badges and overlap links follow. */
    void conceptsChanged() {
        tree.setOccurrences(id -> host.atlas().conceptOf(id).map(Concept::size).orElse(1));
        if (merged.isSelected()) {
            showRoadmaps();
        }
        map.getSelectedTopic().ifPresent(this::linkOccurrences);
        overlapLinks();
        map.redraw();
    }

    /** The workspace's folds changed (an edit, undo or redo): the map follows. */
    void foldsFromWorkspace() {
        if (merged.isSelected()) {
            return;
        }
        Set<TopicId> wanted = new HashSet<>();
        MapTree mapTree = map.getGeometry().tree();
        for (TopicId id : host.workspace().folded()) {
            if (mapTree.node(id).isPresent()) {
                wanted.add(id);
            }
        }
        if (!wanted.equals(map.getFoldedTopics())) {
            applyingFolds = true;
            try {
                map.setFoldedTopics(wanted);
            } finally {
                applyingFolds = false;
            }
        }
    }

    /** The user folded or unfolded on the map: one undoable step for everything that changed in this pulse. */
    private void foldsFromMap() {
        foldSyncQueued = false;
        if (merged.isSelected()) {
            // Folds of the merged view are the view's own; the roadmaps keep theirs.
            return;
        }
        Workspace ws = host.workspace();
        MapTree mapTree = map.getGeometry().tree();
        Set<TopicId> wanted = new HashSet<>(map.getFoldedTopics());
        for (TopicId id : ws.folded()) {
            if (mapTree.node(id).isEmpty()) {
                wanted.add(id);
            }
        }
        FoldEdit edit = FoldEdit.toward(ws, wanted, describe(wanted, ws.folded()));
        if (!edit.isEmpty()) {
            host.history().perform(edit);
        }
    }

    private String describe(Set<TopicId> wanted, Set<TopicId> before) {
        Set<TopicId> changed = new HashSet<>(wanted);
        changed.addAll(before);
        Set<TopicId> both = new HashSet<>(wanted);
        both.retainAll(before);
        changed.removeAll(both);
        if (changed.size() == 1) {
            TopicId id = changed.iterator().next();
            String label = host.workspace().topic(id).map(l -> l.topic().label()).orElse("branch");
            return (wanted.contains(id) ? "fold " : "unfold ") + label;
        }
        return "fold or unfold " + changed.size() + " branches";
    }

    /** Selects and shows a topic in the map and the outline, and puts the keyboard there (occurrence jumps). */
    void reveal(TopicId id) {
        if (coverageMode.isSelected()) {
            mapMode.setSelected(true);
        }
        if (show(id)) {
            (getCenter() == map ? map : tree).requestFocus();
        }
    }

    /** Selects and shows a topic, leaving the keyboard where it is (search); false if there is no such topic. */
    private boolean show(TopicId id) {
        if (mergedMap().isPresent()) {
            Optional<TopicId> drawn = mergedMap.items().containsKey(id) ? Optional.of(id) : mergedMap.drawn(id);
            drawn.ifPresent(d -> {
                selecting = true;
                try {
                    map.reveal(d);
                } finally {
                    selecting = false;
                }
                selected(d);
            });
            return drawn.isPresent();
        }
        Optional<Workspace.Located> located = host.workspace().topic(id);
        if (located.isEmpty()) {
            return false;
        }
        if (!filter.getCheckModel().getCheckedItems().contains(located.get().roadmap().name())) {
            filter.getCheckModel().check(located.get().roadmap().name());
        }
        selecting = true;
        try {
            map.reveal(id);
            tree.reveal(id);
        } finally {
            selecting = false;
        }
        selected(id);
        return true;
    }

    /** Highlights these occurrences on the map, unfolding what hides them (a concept or a matrix cell). */
    void highlight(List<Occurrence> occurrences) {
        Set<TopicId> ids = new HashSet<>();
        occurrences.forEach(o -> ids.add(o.topic().id()));
        MapTree full = MapTree.of("Crossmap", map.getRoadmaps());
        Set<TopicId> folds = new HashSet<>(map.getFoldedTopics());
        for (TopicId id : ids) {
            full.node(id).ifPresent(n -> {
                for (int p = full.parent(n); p > 0; p = full.parent(p)) {
                    folds.remove(full.id(p));
                }
            });
        }
        if (!folds.equals(map.getFoldedTopics())) {
            map.setFoldedTopics(folds);
        }
        map.highlightedProperty().set(ids);
    }

    /** Zoom in (positive), out (negative) around the window's middle, or to fit (0). */
    void zoom(int direction) {
        Viewport v = map.getViewport();
        if (direction == 0) {
            map.zoomToFit();
        } else {
            map.zoomAround(v.width() / 2, v.height() / 2, direction > 0 ? 1.25 : 0.8);
        }
    }

    /** Zooms so the selected topic is readable and centred. */
    void zoomToSelection() {
        map.getSelectedTopic().ifPresent(id -> {
            Viewport v = map.getViewport();
            map.viewportProperty().set(v.zoomTo(Math.max(v.scale(), 1.2), v.width() / 2, v.height() / 2));
            map.centreOn(id);
        });
    }

    void unfoldToLevel(int level) {
        map.unfoldToLevel(level);
    }

    void showOutline(boolean outline) {
        (outline ? outlineMode : mapMode).setSelected(true);
    }

    void showCoverage() {
        coverageMode.setSelected(true);
    }

    /** The overlaps changed: a coverage matrix on screen is made again. */
    void coverageChanged() {
        if (coverageMode.isSelected()) {
            setCenter(host.coverageView());
        }
    }

    /** The next topic the user selects on the map goes to {@code pick} (Escape or selecting nothing cancels). */
    void pickTopic(Consumer<TopicId> pick) {
        if (merged.isSelected()) {
            merged.setSelected(false);
        }
        mapMode.setSelected(true);
        picking = pick;
        map.requestFocus();
    }

    boolean isPicking() {
        return picking != null;
    }

    private void selected(TopicId id) {
        if (picking != null) {
            Consumer<TopicId> pick = picking;
            picking = null;
            if (id != null && host.workspace().topic(id).isPresent()) {
                pick.accept(id);
            }
        }
        if (id == null) {
            linkOccurrences(null);
            host.topicSelected(Optional.empty());
            return;
        }
        Workspace ws = host.workspace();
        if (mergedMap().isPresent()) {
            // A merged item stands for its real topics: the panel shows (and edits) the first of them.
            Optional<TopicEntry> real = mergedMap.item(id).flatMap(item -> ws.topic(item.primary()))
                    .map(l -> new TopicEntry(l.roadmap(), l.topic()));
            map.linkedProperty().set(Set.of());
            host.topicSelected(real);
            return;
        }
        Optional<TopicEntry> entry = ws.topic(id).map(l -> new TopicEntry(l.roadmap(), l.topic()));
        if (entry.isEmpty()) {
            entry = ws.roadmaps().stream().filter(r -> MapTree.roadmapId(r).equals(id)).findFirst()
                    .map(r -> new TopicEntry(r, null));
        }
        linkOccurrences(entry.isPresent() && !entry.get().isRoadmap() ? id : null);
        host.topicSelected(entry);
    }

    private void linkOccurrences(TopicId id) {
        Set<TopicId> others = new HashSet<>();
        if (id != null) {
            host.atlas().conceptOf(id).ifPresent(c -> c.members().forEach(o -> others.add(o.topic().id())));
            others.remove(id);
        }
        map.linkedProperty().set(others);
    }

    private void overlapLinks() {
        if (!allOverlaps.isSelected()) {
            map.allOverlapsProperty().set(List.of());
            return;
        }
        List<List<TopicId>> groups = new ArrayList<>();
        for (Concept c : host.atlas().concepts()) {
            List<TopicId> ids = new ArrayList<>();
            for (Occurrence o : c.members()) {
                ids.add(o.topic().id());
            }
            groups.add(ids);
        }
        map.allOverlapsProperty().set(groups);
    }

    private NodeMarks marksOf(TopicId id) {
        Workspace ws = host.workspace();
        if (mergedMap != null && merged.isSelected()) {
            return mergedMap.item(id).map(item -> {
                var gathered = mergedMap.curriculum().gather(item, ws);
                return new NodeMarks(item.places(), gathered.progress(), !gathered.notes().isEmpty(), 0, 0);
            }).orElse(NodeMarks.NONE);
        }
        Annotation a = ws.annotation(id);
        int places = host.atlas().conceptOf(id).map(Concept::size).orElse(1);
        int[] branch = branchProgress.getOrDefault(id, BranchProgress.NONE);
        if (places == 1 && a.isEmpty() && branch[1] == 0) {
            return NodeMarks.NONE;
        }
        return new NodeMarks(places, a.progress(), !a.note().isEmpty(), branch[0], branch[1]);
    }

    /** Right click on a topic: progress, the note, folding. */
    private javafx.scene.control.ContextMenu contextMenu() {
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu();
        menu.setId("mapContextMenu");
        for (Progress p : Progress.values()) {
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem("Mark " + p.label());
            item.setId("map-context-" + p.key());
            item.setOnAction(e -> host.setProgressOfSelection(p));
            menu.getItems().add(item);
        }
        javafx.scene.control.MenuItem note = new javafx.scene.control.MenuItem("Edit note");
        note.setOnAction(e -> host.focusNote());
        javafx.scene.control.MenuItem fold = new javafx.scene.control.MenuItem("Fold / unfold");
        fold.setOnAction(e -> map.getSelectedTopic().ifPresent(map::toggleFold));
        menu.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), note, fold);
        return menu;
    }

    /** Hovering a topic with a note shows the note's first lines. */
    private void hover(Optional<TopicId> at) {
        String note = at.map(id -> host.workspace().annotation(id).note().strip()).orElse("");
        if (note.isEmpty()) {
            if (hovered != null) {
                Tooltip.uninstall(map, noteTip);
                hovered = null;
            }
            return;
        }
        if (!at.get().equals(hovered)) {
            hovered = at.get();
            String[] lines = note.split("\\R", 7);
            noteTip.setText(String.join("\n", java.util.Arrays.copyOf(lines, Math.min(lines.length, 6)))
                    + (lines.length > 6 ? "\n\u2026" : ""));
            Tooltip.install(map, noteTip);
        }
    }

    /** The text the note tooltip shows now ("" when none), for tests. */
    String hoverText() {
        return hovered == null ? "" : noteTip.getText();
    }

    private void mapKey(KeyEvent e) {
        Optional<Progress> p = ProgressKeys.of(e);
        KeyCode code = e.getCode();
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        if (p.isPresent()) {
            host.setProgressOfSelection(p.get());
            e.consume();
        } else if (code == KeyCode.ENTER) {
            host.focusNote();
            e.consume();
        } else if (code.isDigitKey()) {
            map.unfoldToLevel(Integer.parseInt(code.getChar().replaceAll("\\D", "")));
            e.consume();
        }
    }

    /** The selected topic in whichever view is showing. */
    Optional<TopicId> selectedTopic() {
        return map.getSelectedTopic();
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private void searchFor(String text) {
        String q = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            matches = List.of();
            matchIndex = -1;
            map.highlightedProperty().set(Set.of());
            searchCount.setText("");
            return;
        }
        Workspace ws = host.workspace();
        Set<String> shown = new HashSet<>(filter.getCheckModel().getCheckedItems());
        LinkedHashSet<TopicId> found = new LinkedHashSet<>();
        if (mergedMap().isPresent()) {
            for (Topic t : mergedMap.roadmaps().stream().flatMap(r -> r.topics().stream()).toList()) {
                var item = mergedMap.item(t.id()).orElseThrow();
                var gathered = mergedMap.curriculum().gather(item, ws);
                if (t.label().toLowerCase(Locale.ROOT).contains(q)
                        || gathered.notes().stream().anyMatch(n -> n.text().toLowerCase(Locale.ROOT).contains(q))
                        || gathered.tags().stream().anyMatch(tag -> tag.toLowerCase(Locale.ROOT).contains(q))
                        || item.topics().stream().flatMap(id -> ws.topic(id).stream()).map(Workspace.Located::topic)
                                .anyMatch(o -> o.note().toLowerCase(Locale.ROOT).contains(q)
                                        || o.meta().tags().stream().anyMatch(tag -> tag.toLowerCase(Locale.ROOT).contains(q)))) {
                    found.add(t.id());
                }
            }
        }
        for (Roadmap r : mergedMap().isPresent() ? List.<Roadmap>of() : ws.roadmaps()) {
            if (!shown.contains(r.name())) {
                continue;
            }
            for (Topic t : r.topics()) {
                Annotation a = ws.annotation(t.id());
                if (t.label().toLowerCase(Locale.ROOT).contains(q) || a.note().toLowerCase(Locale.ROOT).contains(q)
                        || a.tags().stream().anyMatch(tag -> tag.toLowerCase(Locale.ROOT).contains(q))
                        || t.note().toLowerCase(Locale.ROOT).contains(q)
                        || t.meta().tags().stream().anyMatch(tag -> tag.toLowerCase(Locale.ROOT).contains(q))) {
                    found.add(t.id());
                }
            }
        }
        matches = List.copyOf(found);
        matchIndex = -1;
        map.highlightedProperty().set(Set.copyOf(found));
        searchCount.setText(matches.isEmpty() ? "no match" : matches.size() + (matches.size() == 1 ? " match" : " matches"));
    }

    /** Enter / Shift+Enter in the search field: the next or previous match, unfolding what hides it. */
    private void step(int direction) {
        if (matches.isEmpty()) {
            return;
        }
        matchIndex = Math.floorMod(matchIndex + direction, matches.size());
        show(matches.get(matchIndex));
        searchCount.setText((matchIndex + 1) + " of " + matches.size());
    }

    /** What the view looks like now, to save with the workspace. */
    ViewState viewState(ViewState previous) {
        Viewport v = map.getViewport();
        Point centre = v.toWorld(v.width() / 2, v.height() / 2);
        Set<String> hidden = new HashSet<>(filter.getItems());
        hidden.removeAll(filter.getCheckModel().getCheckedItems());
        return new ViewState(v.scale(), centre.x(), centre.y(), merged.isSelected() ? Optional.empty() : map.getSelectedTopic(),
                hidden, merged.isSelected() ? "merged" : "roadmaps");
    }

    private void applyView(ViewState view) {
        merged.setSelected(view.mode().equals("merged"));
        if (view.equals(ViewState.DEFAULT)) {
            map.fitWhenReady();
            return;
        }
        Consumer<Viewport> apply = v -> map.viewportProperty().set(
                v.zoomTo(view.zoom(), v.width() / 2, v.height() / 2).centreOn(view.centerX(), view.centerY()));
        // After the map has its size (and has fitted itself), put the saved view in place.
        Platform.runLater(() -> Platform.runLater(() -> {
            apply.accept(map.getViewport());
            view.selection().ifPresent(id -> {
                selecting = true;
                try {
                    map.select(id);
                    tree.reveal(id);
                } finally {
                    selecting = false;
                }
                selected(id);
            });
        }));
    }

    /** Every topic's done/total for its branch, worked out in one pass per roadmap. */
    private static final class BranchProgress {
        static final int[] NONE = {0, 0};

        static Map<TopicId, int[]> of(Workspace ws) {
            Map<TopicId, int[]> out = new HashMap<>();
            for (Roadmap r : ws.roadmaps()) {
                List<Topic> topics = r.topics();
                int[] done = new int[topics.size()];
                int[] total = new int[topics.size()];
                Map<TopicId, Integer> index = new HashMap<>(topics.size() * 2);
                for (int i = 0; i < topics.size(); i++) {
                    index.put(topics.get(i).id(), i);
                }
                int rootDone = 0;
                int rootTotal = 0;
                // Children come after their parents in source order, so one backward pass adds them up.
                for (int i = topics.size() - 1; i >= 0; i--) {
                    Topic t = topics.get(i);
                    total[i] += 1;
                    if (ws.annotation(t.id()).progress() == Progress.DONE) {
                        done[i] += 1;
                    }
                    Integer p = t.parent() == null ? null : index.get(t.parent());
                    if (p != null) {
                        done[p] += done[i];
                        total[p] += total[i];
                    } else {
                        rootDone += done[i];
                        rootTotal += total[i];
                    }
                    out.put(t.id(), new int[] {done[i] - (ws.annotation(t.id()).progress() == Progress.DONE ? 1 : 0),
                        total[i] - 1});
                }
                out.put(MapTree.roadmapId(r), new int[] {rootDone, rootTotal});
            }
            return out;
        }
    }
}

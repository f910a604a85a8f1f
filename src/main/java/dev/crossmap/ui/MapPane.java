package dev.crossmap.ui;

import dev.crossmap.app.DocumentSession;
import dev.crossmap.app.MapSearch;
import dev.crossmap.app.MergedMap;
import dev.crossmap.document.ViewState;
import dev.crossmap.document.Workspace;
import dev.crossmap.layout.FirstView;
import dev.crossmap.layout.MapTree;
import dev.crossmap.model.Concept;
import dev.crossmap.model.Occurrence;
import dev.crossmap.model.Progress;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.TopicId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.layout.BorderPane;

/**
 * The centre of the window: the mind map (or the outline, or the coverage matrix) under its {@link MapToolbar}.
 * Keeps the map in step with the document: folds through {@link FoldSync}, marks follow notes and progress,
 * the selection goes to the notes panel, the search runs through {@link MapSearch}.
 */
final class MapPane extends BorderPane {
    /** What the pane needs from the window. */
    interface Host {
        void topicSelected(Optional<TopicEntry> entry);

        void setProgressOfSelection(Progress p);

        void focusNote();

        /** The coverage matrix for the current overlaps (made when first shown after they changed). */
        javafx.scene.Node coverageView();
    }

    private final DocumentSession session;
    private final Host host;
    private final MindMapView map = new MindMapView();
    private final MapOverlay overlay = new MapOverlay(map);
    private final RoadmapTree tree;
    private final MapToolbar bar = new MapToolbar();
    private final FoldSync sync;
    private MergedMap mergedMap;
    private Consumer<TopicId> picking;
    private final TopicMarks marks;
    private final SearchControl searchControl;
    private boolean filtering;

    MapPane(DocumentSession session, Host host) {
        this.session = session;
        this.host = host;
        this.tree = new RoadmapTree(id -> session.workspace().annotation(id));
        this.sync = new FoldSync(map, session, bar.merged::isSelected);
        setId("mapPane");
        this.marks = new TopicMarks(session, map, this::mergedMap);
        map.marksProperty().set(marks::of);
        map.mapStyleProperty().bind(Theme.currentMapStyle());
        map.setTopicHooks(new TopicHooks() {
            @Override
            public void setProgress(Progress p) {
                host.setProgressOfSelection(p);
            }

            @Override
            public void editNote() {
                host.focusNote();
            }

            @Override
            public String noteOf(TopicId id) {
                return session.workspace().annotation(id).note();
            }
        });
        map.selectedTopicProperty().addListener((o, was, now) -> {
            if (!sync.isSelecting()) {
                selected(now);
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!sync.isSelecting() && now != null && now.getValue() != null) {
                TopicEntry e = now.getValue();
                sync.selecting(() -> map.select(e.isRoadmap() ? MapTree.roadmapId(e.roadmap()) : e.topic().id()));
                linkOccurrences(e.isRoadmap() ? null : e.topic().id());
                host.topicSelected(Optional.of(e));
            }
        });
        tree.setOnProgressKey(host::setProgressOfSelection);
        tree.setOnEnter(host::focusNote);

        this.searchControl = new SearchControl(bar, map, text -> mergedMap().isPresent()
                ? MapSearch.in(text, mergedMap, session.workspace()) : MapSearch.in(text, shownRoadmaps(), session.workspace().roadmaps(), session.workspace()),
                this::show);
        bar.filter.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!filtering) {
                showRoadmaps();
            }
        });
        bar.merged.selectedProperty().addListener((o, was, now) -> showRoadmaps());
        bar.allOverlaps.selectedProperty().addListener((o, was, now) -> overlapLinks());
        bar.modes.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                setCenter(now == bar.mapMode ? overlay : now == bar.outlineMode ? tree : host.coverageView());
            }
        });
        setTop(bar);
        setCenter(overlay);
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
            bar.filter.getItems().setAll(ws.roadmaps().stream().map(Roadmap::name).toList());
            for (String name : bar.filter.getItems()) {
                if (!ws.view().hiddenRoadmaps().contains(name)) {
                    bar.filter.getCheckModel().check(name);
                }
            }
        } finally {
            filtering = false;
        }
        tree.show(ws.roadmaps());
        showRoadmaps();
        annotationsChanged();
        SavedView.apply(ws.view(), map, bar, id -> {
            sync.selecting(() -> {
                map.select(id);
                tree.reveal(id);
            });
            selected(id);
        }, this::openReadable);
    }

    /** A map shown for the first time opens folded and zoomed so its first levels can be read. */
    private void openReadable() {
        map.whenSized(() -> {
            FirstView first = sync.applying(() -> ReadableView.open(map));
            if (!bar.merged.isSelected()) {
                session.settleFolds(first.folds());
            }
            overlay.showFolded(first.folded());
        });
    }

    /** Shows the first run's welcome hint; {@code dismissed} runs when the user closes it. */
    void showWelcome(Runnable dismissed) {
        overlay.showHint(dismissed);
    }

    MapOverlay overlay() {
        return overlay;
    }

    /** Roadmaps were added: the map and the filter follow. */
    void roadmapsChanged(Workspace ws) {
        filtering = true;
        try {
            for (Roadmap r : ws.roadmaps()) {
                if (!bar.filter.getItems().contains(r.name())) {
                    bar.filter.getItems().add(r.name());
                    bar.filter.getCheckModel().check(r.name());
                }
            }
        } finally {
            filtering = false;
        }
        tree.show(ws.roadmaps());
        showRoadmaps();
        annotationsChanged();
    }

    /** The merged curriculum on the map, if that is what it shows. */
    Optional<MergedMap> mergedMap() {
        return bar.merged.isSelected() ? Optional.ofNullable(mergedMap) : Optional.empty();
    }

    private void showRoadmaps() {
        bar.filter.setDisable(bar.merged.isSelected());
        if (bar.merged.isSelected()) {
            mergedMap = MergedMap.of(session.atlas());
            map.setRoadmaps(mergedMap.roadmaps());
            openReadable();
            searchControl.refresh();
            map.allOverlapsProperty().set(List.of());
            return;
        }
        mergedMap = null;
        map.setRoadmaps(shownRoadmaps());
        sync.fromWorkspace();
        searchControl.refresh();
        overlapLinks();
    }

    /** The roadmaps the filter lets through, in the workspace's order. */
    private List<Roadmap> shownRoadmaps() {
        Set<String> shown = new HashSet<>(bar.filter.getCheckModel().getCheckedItems());
        return session.workspace().roadmaps().stream().filter(r -> shown.contains(r.name())).toList();
    }

    /** Everything may have changed (a new workspace, roadmaps added): branch progress is counted again. */
    void annotationsChanged() {
        marks.recount();
        map.redraw();
        tree.refresh();
    }

    /** These topics' notes, progress or tags changed: the marks follow. */
    void annotationsChanged(Set<TopicId> topics) {
        marks.changed(topics);
        map.redraw();
        tree.refresh();
    }

    /** A new match: badges and overlap links follow. */
    void conceptsChanged() {
        tree.setOccurrences(id -> session.atlas().conceptOf(id).map(Concept::size).orElse(1));
        if (bar.merged.isSelected()) {
            showRoadmaps();
        }
        map.getSelectedTopic().ifPresent(this::linkOccurrences);
        overlapLinks();
        map.redraw();
    }

    /** The workspace's folds changed (an edit, undo or redo): the map follows. */
    void foldsFromWorkspace() {
        sync.fromWorkspace();
    }

    /** Selects and shows a topic in the map and the outline, and puts the keyboard there (occurrence jumps). */
    void reveal(TopicId id) {
        if (bar.coverageMode.isSelected()) {
            bar.mapMode.setSelected(true);
        }
        if (show(id)) {
            (getCenter() == overlay ? map : tree).requestFocus();
        }
    }

    /** Selects and shows a topic, leaving the keyboard where it is (search); false if there is no such topic. */
    private boolean show(TopicId id) {
        if (mergedMap().isPresent()) {
            Optional<TopicId> drawn = mergedMap.items().containsKey(id) ? Optional.of(id) : mergedMap.drawn(id);
            drawn.ifPresent(d -> {
                sync.selecting(() -> map.reveal(d));
                selected(d);
            });
            return drawn.isPresent();
        }
        Optional<Workspace.Located> located = session.workspace().topic(id);
        if (located.isEmpty()) {
            return false;
        }
        if (!bar.filter.getCheckModel().getCheckedItems().contains(located.get().roadmap().name())) {
            bar.filter.getCheckModel().check(located.get().roadmap().name());
        }
        sync.selecting(() -> {
            map.reveal(id);
            tree.reveal(id);
        });
        selected(id);
        return true;
    }

    /** Highlights these occurrences on the map, unfolding what hides them (a concept or a matrix cell). */
    void highlight(List<Occurrence> occurrences) {
        MapMoves.highlight(map, occurrences);
    }

    /** Zoom in (positive), out (negative) around the window's middle, or to fit (0). */
    void zoom(int direction) {
        MapMoves.zoom(map, direction);
    }

    /** Zooms so the selected topic is readable and centred. */
    void zoomToSelection() {
        MapMoves.zoomToSelection(map);
    }

    void unfoldToLevel(int level) {
        map.unfoldToLevel(level);
    }

    /** Unfold all (true) or fold every roadmap down to its top topics (false), on the map and the outline. */
    void expandAll(boolean expanded) {
        tree.setAllExpanded(expanded);
        if (expanded) {
            ReadableView.unfoldAll(map);
        } else {
            map.unfoldToLevel(1);
        }
    }

    void showOutline(boolean outline) {
        (outline ? bar.outlineMode : bar.mapMode).setSelected(true);
    }

    void showCoverage() {
        bar.coverageMode.setSelected(true);
    }

    /** The overlaps changed: a coverage matrix on screen is made again. */
    void coverageChanged() {
        if (bar.coverageMode.isSelected()) {
            setCenter(host.coverageView());
        }
    }

    /** The next topic the user selects on the map goes to {@code pick} (Escape or selecting nothing cancels). */
    void pickTopic(Consumer<TopicId> pick) {
        if (bar.merged.isSelected()) {
            bar.merged.setSelected(false);
        }
        bar.mapMode.setSelected(true);
        picking = pick;
        map.requestFocus();
    }

    boolean isPicking() {
        return picking != null;
    }

    private void selected(TopicId id) {
        Workspace ws = session.workspace();
        if (picking != null) {
            Consumer<TopicId> pick = picking;
            picking = null;
            if (id != null && ws.topic(id).isPresent()) {
                pick.accept(id);
            }
        }
        if (id == null) {
            linkOccurrences(null);
            host.topicSelected(Optional.empty());
            return;
        }
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
            session.atlas().conceptOf(id).ifPresent(c -> c.members().forEach(o -> others.add(o.topic().id())));
            others.remove(id);
        }
        map.linkedProperty().set(others);
    }

    private void overlapLinks() {
        if (!bar.allOverlaps.isSelected()) {
            map.allOverlapsProperty().set(List.of());
            return;
        }
        List<List<TopicId>> groups = new ArrayList<>();
        for (Concept c : session.atlas().concepts()) {
            List<TopicId> ids = new ArrayList<>();
            for (Occurrence o : c.members()) {
                ids.add(o.topic().id());
            }
            groups.add(ids);
        }
        map.allOverlapsProperty().set(groups);
    }

    /** The text the note tooltip shows now ("" when none), for tests. */
    String hoverText() {
        return map.hoverText();
    }

    void focusSearch() {
        searchControl.focus();
    }

    /** What the view looks like now, to save with the workspace. */
    ViewState viewState(ViewState previous) {
        return SavedView.of(map, bar);
    }
}

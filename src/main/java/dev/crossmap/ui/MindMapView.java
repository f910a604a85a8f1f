package dev.crossmap.ui;

import dev.crossmap.layout.FirstView;
import dev.crossmap.layout.MapGeometry;
import dev.crossmap.layout.MapTree;
import dev.crossmap.layout.MindMapLayout;
import dev.crossmap.layout.Point;
import dev.crossmap.layout.Rect;
import dev.crossmap.layout.Spacing;
import dev.crossmap.layout.Viewport;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.TopicId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * The mind map of a list of roadmaps: a zoomable, pannable, foldable map drawn on a canvas. State lives
 * here as properties (roadmaps, folded topics, selection, viewport) and the current layout; drawing is
 * {@link MindMapSkin}'s, input {@link MindMapBehavior}'s.
 */
public final class MindMapView extends Control {
    /** Margin kept around the map by "zoom to fit", in screen pixels. */
    static final double FIT_MARGIN = 24;
    private final ObjectProperty<List<Roadmap>> roadmaps = new SimpleObjectProperty<>(this, "roadmaps", List.of());
    private final ObservableSet<TopicId> folded = FXCollections.observableSet(new HashSet<>());
    private final ObjectProperty<TopicId> selectedTopic = new SimpleObjectProperty<>(this, "selectedTopic");
    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>(this, "viewport", Viewport.of(800, 600));
    private final ReadOnlyObjectWrapper<MapGeometry> geometry = new ReadOnlyObjectWrapper<>(this, "geometry");
    private final MapTextMeasure measure = new MapTextMeasure();
    private final ObjectProperty<dev.crossmap.paint.MapStyle> mapStyle =
            new SimpleObjectProperty<>(this, "mapStyle", dev.crossmap.paint.MapStyle.LIGHT);
    private final ObjectProperty<java.util.function.Function<TopicId, NodeMarks>> marks =
            new SimpleObjectProperty<>(this, "marks", id -> NodeMarks.NONE);
    private final ObjectProperty<java.util.Set<TopicId>> linked = new SimpleObjectProperty<>(this, "linked", java.util.Set.of());
    private final ObjectProperty<java.util.Set<TopicId>> highlighted =
            new SimpleObjectProperty<>(this, "highlighted", java.util.Set.of());
    private final ObjectProperty<dev.crossmap.paint.Found> found = new SimpleObjectProperty<>(this, "found", dev.crossmap.paint.Found.NONE);
    private final ObjectProperty<List<List<TopicId>>> allOverlaps = new SimpleObjectProperty<>(this, "allOverlaps", List.of());
    private final javafx.beans.property.IntegerProperty redraws = new javafx.beans.property.SimpleIntegerProperty(this, "redraws");
    private final javafx.beans.property.BooleanProperty foldsAnimated =
            new javafx.beans.property.SimpleBooleanProperty(this, "foldsAnimated", true);
    private final ObjectProperty<FoldTransition> foldTransition = new SimpleObjectProperty<>(this, "foldTransition");
    private MindMapLayout layout;
    private boolean fitWhenSized = true;
    /** What to do once the map has a size (its first view). */
    private Runnable whenSized;
    private boolean batching;

    public MindMapView() {
        getStyleClass().add("mind-map");
        setFocusTraversable(true);
        setId("mindMap");
        roadmaps.addListener((o, was, now) -> rebuild());
        folded.addListener((SetChangeListener<TopicId>) change -> {
            if (!batching) {
                relayout();
            }
        });
        rebuild();
    }

    public MindMapView(List<Roadmap> shown) {
        this();
        setRoadmaps(shown);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new MindMapSkin(this);
    }

    /** The roadmaps on the map, in order (the first ones branch to the right). */
    public ObjectProperty<List<Roadmap>> roadmapsProperty() {
        return roadmaps;
    }

    public List<Roadmap> getRoadmaps() {
        return roadmaps.get();
    }

    public void setRoadmaps(List<Roadmap> value) {
        roadmaps.set(List.copyOf(value));
    }

    /** The topics whose children are hidden; change it to fold or unfold (the layout follows incrementally). */
    public ObservableSet<TopicId> getFoldedTopics() {
        return folded;
    }

    /** The selected topic, or null when nothing is selected. */
    public ObjectProperty<TopicId> selectedTopicProperty() {
        return selectedTopic;
    }

    public Optional<TopicId> getSelectedTopic() {
        return Optional.ofNullable(selectedTopic.get());
    }

    public void select(TopicId topic) {
        selectedTopic.set(topic);
    }

    /** Zoom and pan; its size follows the control's. */
    public ObjectProperty<Viewport> viewportProperty() {
        return viewport;
    }

    public Viewport getViewport() {
        return viewport.get();
    }

    /** Where everything is for the current roadmaps and folds. */
    public ReadOnlyObjectProperty<MapGeometry> geometryProperty() {
        return geometry.getReadOnlyProperty();
    }

    public MapGeometry getGeometry() {
        return geometry.get();
    }

    /** Badges, progress and note marks per topic; call {@link #redraw()} when what it answers changes. */
    public ObjectProperty<java.util.function.Function<TopicId, NodeMarks>> marksProperty() {
        return marks;
    }

    /** Other occurrences of the selected topic's concept: drawn as faded curved links from the selection. */
    public ObjectProperty<java.util.Set<TopicId>> linkedProperty() {
        return linked;
    }

    /** Topics to highlight (search matches). */
    public ObjectProperty<java.util.Set<TopicId>> highlightedProperty() {
        return highlighted;
    }

    /** Where a search found its text inside the highlighted topics' labels, to mark it there. */
    public ObjectProperty<dev.crossmap.paint.Found> foundProperty() {
        return found;
    }

    /** Every concept's occurrences, to draw all overlap links at once (empty: only the selection's). */
    public ObjectProperty<List<List<TopicId>>> allOverlapsProperty() {
        return allOverlaps;
    }

    /** Asks for a new frame because the marks changed. */
    public void redraw() {
        redraws.set(redraws.get() + 1);
    }

    javafx.beans.property.IntegerProperty redrawsProperty() {
        return redraws;
    }

    /**
     * Selects a topic and brings it into view: unfolds what hides it and glides the map so it is centred,
     * keeping the zoom unless the topic would be unreadably small.
     */
    public void reveal(TopicId topic) {
        MapTree tree = geometry.get().tree();
        OptionalInt node = tree.node(topic);
        if (node.isEmpty()) {
            return;
        }
        java.util.Set<TopicId> unfold = new HashSet<>();
        for (int p = tree.parent(node.getAsInt()); p > 0; p = tree.parent(p)) {
            if (folded.contains(tree.id(p))) {
                unfold.add(tree.id(p));
            }
        }
        if (!unfold.isEmpty()) {
            java.util.Set<TopicId> next = new HashSet<>(folded);
            next.removeAll(unfold);
            setFoldedTopics(next);
        }
        select(topic);
        centreOn(topic);
    }

    /** Moves the map so the topic is in the middle of the window, zoomed in if its text is below readable size. */
    public void centreOn(TopicId topic) {
        MapGeometry g = geometry.get();
        OptionalInt node = g.node(topic);
        if (node.isEmpty()) {
            return;
        }
        int n = node.getAsInt();
        Viewport start = viewport.get();
        double zoom = FirstView.readableScale(start.scale(), g.tree().depth(n), ReadableView.FONT_SIZE);
        Viewport end = start.zoomTo(zoom, start.width() / 2, start.height() / 2)
                .centreOn(g.x(n) + g.width(n) / 2, g.y(n) + g.height(n) / 2);
        glide.between(start, end);
    }

    private final Glide glide = new Glide(viewport);

    /** Whether the map is gliding to a topic now (tests wait for the end instead of sleeping). */
    boolean isGliding() {
        return glide.isRunning();
    }

    private TopicHooks hooks = TopicHooks.NONE;
    private String hoverText = "";

    void setTopicHooks(TopicHooks h) {
        this.hooks = h;
    }

    TopicHooks topicHooks() {
        return hooks;
    }

    /** The text the note tooltip shows now ("" when none). */
    String hoverText() {
        return hoverText;
    }

    void setHoverText(String text) {
        this.hoverText = text;
    }

    /** Whether folding and unfolding glide briefly from the old map to the new one (on by default). */
    public javafx.beans.property.BooleanProperty foldsAnimatedProperty() {
        return foldsAnimated;
    }

    /** The fold to animate, set after each fold or unfold that is worth animating; the skin plays it. */
    ObjectProperty<FoldTransition> foldTransitionProperty() {
        return foldTransition;
    }

    /** Asks for the change from {@code before} (seen through {@code beforeView}) to the current map to be animated. */
    private void animateFrom(MapGeometry before, Viewport beforeView) {
        if (foldsAnimated.get()) {
            FoldTransition.between(before, beforeView, geometry.get(), viewport.get()).ifPresent(foldTransition::set);
        }
    }

    MapTextMeasure textMeasure() {
        return measure;
    }

    /** How the map looks: its colours and when details give way (the same style draws exported pictures). */
    public ObjectProperty<dev.crossmap.paint.MapStyle> mapStyleProperty() {
        return mapStyle;
    }

    public dev.crossmap.paint.MapStyle getMapStyle() {
        return mapStyle.get();
    }

    public void setMapStyle(dev.crossmap.paint.MapStyle style) {
        mapStyle.set(java.util.Objects.requireNonNull(style));
    }

    /** Makes exactly these topics folded with one re-layout (fold all, unfold all, a loaded workspace). */
    public void setFoldedTopics(Collection<TopicId> topics) {
        setFoldedTopics(topics, null, true);
    }

    /**
     * Makes exactly these topics folded; then {@code view} (if given) chooses the viewport for the new map,
     * and the change glides if {@code animate}.
     */
    void setFoldedTopics(Collection<TopicId> topics, java.util.function.UnaryOperator<Viewport> view, boolean animate) {
        MapGeometry before = geometry.get();
        Viewport beforeView = viewport.get();
        batching = true;
        try {
            folded.retainAll(topics);
            folded.addAll(topics);
        } finally {
            batching = false;
        }
        relayout();
        if (view != null) {
            fitWhenSized = false;
            viewport.set(view.apply(viewport.get()));
        }
        if (animate) {
            animateFrom(before, beforeView);
        }
    }

    /** Shows every roadmap down to {@code level} levels of topics (1 to 9), folds the rest, and refits readably. */
    public void unfoldToLevel(int level) {
        ReadableView.unfoldToLevel(this, level);
    }

    MindMapLayout mapLayout() {
        return layout;
    }

    /** Runs {@code r} once the map has a size (now, if it has one). */
    void whenSized(Runnable r) {
        if (getWidth() > 0 && getHeight() > 0) {
            r.run();
        } else {
            whenSized = r;
        }
    }

    private void rebuild() {
        MapTree tree = MapTree.of("Crossmap", roadmaps.get());
        layout = new MindMapLayout(tree, measure, Spacing.DEFAULT);
        geometry.set(layout.layout(folded));
        fitWhenSized = true;
        if (getWidth() > 0) {
            zoomToFit();
        }
    }

    private void relayout() {
        geometry.set(layout.setFolded(folded));
    }

    /** Called by the skin when the control's size changes: the viewport follows, and a new map is fitted. */
    void resizeViewport(double width, double height) {
        Viewport v = viewport.get();
        if (v.width() != width || v.height() != height) {
            viewport.set(v.resize(width, height));
        }
        if (fitWhenSized && width > 0 && height > 0) {
            zoomToFit();
        }
        if (whenSized != null && width > 0 && height > 0) {
            Runnable r = whenSized;
            whenSized = null;
            r.run();
        }
    }

    /** Shows the whole map (zoom to fit, {@code Ctrl 0}). */
    public void zoomToFit() {
        fitWhenSized = false;
        viewport.set(viewport.get().fit(geometry.get().bounds(), FIT_MARGIN));
    }

    /** Zooms by {@code factor} keeping the map point under the screen point still (wheel, pinch, {@code Ctrl +}). */
    public void zoomAround(double screenX, double screenY, double factor) {
        viewport.set(viewport.get().zoomAround(screenX, screenY, factor));
    }

    /** Moves the map by screen pixels (drag, arrow keys). */
    public void panBy(double dx, double dy) {
        viewport.set(viewport.get().panBy(dx, dy));
    }

    /** The topic (or roadmap, or centre) drawn at this screen point. */
    public Optional<TopicId> topicAt(double screenX, double screenY) {
        MapGeometry g = geometry.get();
        Point w = viewport.get().toWorld(screenX, screenY);
        OptionalInt node = g.nodeAt(w.x(), w.y());
        return node.isPresent() ? Optional.of(g.tree().id(node.getAsInt())) : Optional.empty();
    }

    /** The topic's box in screen pixels, if it is visible on the map (it may lie outside the window). */
    public Optional<Rect> screenBox(TopicId topic) {
        MapGeometry g = geometry.get();
        Viewport v = viewport.get();
        OptionalInt node = g.node(topic);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        return g.box(node.getAsInt()).map(b -> {
            Point p = v.toScreen(b.x(), b.y());
            return new Rect(p.x(), p.y(), b.w() * v.scale(), b.h() * v.scale());
        });
    }

    /**
     * Folds or unfolds a topic that has children, keeping it at the same place on screen so the eye does
     * not lose it; the map glides to its new shape (see {@link #foldsAnimatedProperty()}). Does nothing for
     * the centre or a topic without children.
     */
    public void toggleFold(TopicId topic) {
        MapGeometry g = geometry.get();
        OptionalInt node = g.tree().node(topic);
        if (node.isEmpty() || node.getAsInt() == 0 || !g.tree().hasChildren(node.getAsInt())) {
            return;
        }
        Optional<Rect> before = screenBox(topic);
        Viewport beforeView = viewport.get();
        if (!folded.remove(topic)) {
            folded.add(topic);
        }
        Optional<Rect> after = screenBox(topic);
        if (before.isPresent() && after.isPresent()) {
            panBy(before.get().x() - after.get().x(), before.get().y() - after.get().y());
        }
        animateFrom(g, beforeView);
    }
}

package dev.crossmap.ui;

import dev.crossmap.layout.MapGeometry;
import dev.crossmap.layout.MapTree;
import dev.crossmap.layout.Point;
import dev.crossmap.layout.Rect;
import dev.crossmap.layout.Side;
import dev.crossmap.layout.Viewport;
import dev.crossmap.model.TopicId;
import java.util.Optional;
import java.util.OptionalInt;
import dev.crossmap.model.Progress;
import javafx.event.EventHandler;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/**
 * The mind map's input: the wheel zooms around the cursor (pinch too), dragging pans, a click selects a
 * topic or toggles its fold handle, Space folds the selected topic, {@code Ctrl +}/{@code Ctrl -} zoom,
 * {@code Ctrl 0} fits the map, arrows pan when nothing is selected and move the selection otherwise,
 * Escape clears it. Beyond moving around: D, L, S and 0 set the selected topic's progress, Enter edits its
 * note, 1 to 9 unfold to that level, a right click offers progress, the note and folding, and hovering a
 * topic with a note shows its first lines.
 */
final class MindMapBehavior {
    /** Radius of the fold handle beside a topic with children, in screen pixels. */
    static final double HANDLE_RADIUS = dev.crossmap.paint.Sizes.STANDARD.handleRadius();
    /** Zoom per wheel notch (40 units of deltaY on most systems). */
    private static final double WHEEL_ZOOM_PER_UNIT = Math.pow(1.15, 1 / 40.0);
    /** A press that moves less than this is a click, not a drag. */
    private static final double CLICK_SLOP = 4;
    private static final double ARROW_PAN = 60;
    private final MindMapView view;
    private final EventHandler<ScrollEvent> onScroll = this::scrolled;
    private final EventHandler<ZoomEvent> onZoom = this::pinched;
    private final EventHandler<MouseEvent> onPress = this::pressed;
    private final EventHandler<MouseEvent> onDrag = this::dragged;
    private final EventHandler<MouseEvent> onRelease = this::released;
    private final EventHandler<KeyEvent> onKey;
    private final EventHandler<ContextMenuEvent> onContextMenu = this::contextMenuRequested;
    private final EventHandler<MouseEvent> onMove = this::moved;
    private final EventHandler<MouseEvent> onExit = e -> hover(Optional.empty());
    private final Tooltip noteTip = new Tooltip();
    private TopicId hovered;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragging;

    MindMapBehavior(MindMapView view) {
        this.view = view;
        this.onKey = keys();
        view.addEventHandler(ScrollEvent.SCROLL, onScroll);
        view.addEventHandler(ZoomEvent.ZOOM, onZoom);
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, onPress);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, onDrag);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, onRelease);
        view.addEventHandler(KeyEvent.KEY_PRESSED, onKey);
        view.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, onContextMenu);
        view.addEventHandler(MouseEvent.MOUSE_MOVED, onMove);
        view.addEventHandler(MouseEvent.MOUSE_EXITED, onExit);
        noteTip.setShowDelay(javafx.util.Duration.millis(350));
        noteTip.setWrapText(true);
        noteTip.setMaxWidth(420);
    }

    void dispose() {
        view.removeEventHandler(ScrollEvent.SCROLL, onScroll);
        view.removeEventHandler(ZoomEvent.ZOOM, onZoom);
        view.removeEventHandler(MouseEvent.MOUSE_PRESSED, onPress);
        view.removeEventHandler(MouseEvent.MOUSE_DRAGGED, onDrag);
        view.removeEventHandler(MouseEvent.MOUSE_RELEASED, onRelease);
        view.removeEventHandler(KeyEvent.KEY_PRESSED, onKey);
        view.removeEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, onContextMenu);
        view.removeEventHandler(MouseEvent.MOUSE_MOVED, onMove);
        view.removeEventHandler(MouseEvent.MOUSE_EXITED, onExit);
        Tooltip.uninstall(view, noteTip);
    }

    /** Right click on a topic selects it and offers progress, the note, folding. */
    private void contextMenuRequested(ContextMenuEvent e) {
        view.topicAt(e.getX(), e.getY()).ifPresent(view::select);
        if (view.getSelectedTopic().isPresent()) {
            contextMenu().show(view, e.getScreenX(), e.getScreenY());
        }
        e.consume();
    }

    private ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu();
        menu.setId("mapContextMenu");
        for (Progress p : Progress.values()) {
            MenuItem item = new MenuItem("Mark " + p.label());
            item.setId("map-context-" + p.key());
            item.setOnAction(e -> view.topicHooks().setProgress(p));
            menu.getItems().add(item);
        }
        MenuItem note = new MenuItem("Edit note");
        note.setOnAction(e -> view.topicHooks().editNote());
        MenuItem fold = new MenuItem("Fold / unfold");
        fold.setOnAction(e -> view.getSelectedTopic().ifPresent(view::toggleFold));
        menu.getItems().addAll(new SeparatorMenuItem(), note, fold);
        return menu;
    }

    private void moved(MouseEvent e) {
        hover(view.topicAt(e.getX(), e.getY()));
    }

    /** Hovering a topic with a note shows the note's first lines. */
    private void hover(Optional<TopicId> at) {
        String note = at.map(id -> view.topicHooks().noteOf(id).strip()).orElse("");
        if (note.isEmpty()) {
            if (hovered != null) {
                Tooltip.uninstall(view, noteTip);
                hovered = null;
                view.setHoverText("");
            }
            return;
        }
        if (!at.get().equals(hovered)) {
            hovered = at.get();
            String[] lines = note.split("\\R", 7);
            noteTip.setText(String.join("\n", java.util.Arrays.copyOf(lines, Math.min(lines.length, 6)))
                    + (lines.length > 6 ? "\n\u2026" : ""));
            view.setHoverText(noteTip.getText());
            Tooltip.install(view, noteTip);
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShiftDown() || (e.getDeltaX() != 0 && e.getDeltaY() == 0)) {
            // Sideways scrolling (Shift+wheel, a touchpad's horizontal swipe) pans.
            view.panBy(e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY(), 0);
        } else {
            view.zoomAround(e.getX(), e.getY(), Math.pow(WHEEL_ZOOM_PER_UNIT, e.getDeltaY()));
        }
        e.consume();
    }

    private void pinched(ZoomEvent e) {
        view.zoomAround(e.getX(), e.getY(), e.getZoomFactor());
        e.consume();
    }

    private void pressed(MouseEvent e) {
        view.requestFocus();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        dragging = false;
    }

    private void dragged(MouseEvent e) {
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) < CLICK_SLOP) {
            return;
        }
        dragging = true;
        view.panBy(e.getX() - lastX, e.getY() - lastY);
        lastX = e.getX();
        lastY = e.getY();
    }

    private void released(MouseEvent e) {
        if (dragging || e.getButton() != MouseButton.PRIMARY) {
            dragging = false;
            return;
        }
        Optional<TopicId> handle = foldHandleAt(e.getX(), e.getY());
        if (handle.isPresent()) {
            view.toggleFold(handle.get());
            return;
        }
        view.select(view.topicAt(e.getX(), e.getY()).orElse(null));
    }

    /** The topic whose fold handle is under the screen point. */
    Optional<TopicId> foldHandleAt(double sx, double sy) {
        MapGeometry g = view.getGeometry();
        Viewport v = view.getViewport();
        double r = HANDLE_RADIUS + 2;
        // A handle sits just outside its box, so look for boxes within a handle's reach of the point.
        Point a = v.toWorld(sx - 2 * r - 2, sy - r);
        Point b = v.toWorld(sx + 2 * r + 2, sy + r);
        int[] near = g.nodesIn(new Rect(a.x(), a.y(), b.x() - a.x(), b.y() - a.y()));
        for (int n : near) {
            if (n == 0 || !g.tree().hasChildren(n)) {
                continue;
            }
            Point p = v.toScreen(g.x(n), g.y(n));
            double w = g.width(n) * v.scale();
            double cx = g.side(n) == Side.LEFT ? p.x() - HANDLE_RADIUS - 1 : p.x() + w + HANDLE_RADIUS + 1;
            double cy = p.y() + g.height(n) * v.scale() / 2;
            if (Math.hypot(sx - cx, sy - cy) <= r) {
                return Optional.of(g.tree().id(n));
            }
        }
        return Optional.empty();
    }

    /** The map's keys, from {@link Shortcut}: progress first, so 0 clears progress rather than a level. */
    private ShortcutKeys keys() {
        ShortcutKeys keys = ProgressKeys.bind(new ShortcutKeys(), p -> view.topicHooks().setProgress(p));
        return keys.on(Shortcut.EDIT_NOTE, () -> view.topicHooks().editNote())
                .on(Shortcut.UNFOLD_TO_LEVEL, e -> view.unfoldToLevel(Integer.parseInt(e.getCode().getChar().replaceAll("\\D", ""))))
                .on(Shortcut.ZOOM_IN, () -> view.zoomAround(view.getWidth() / 2, view.getHeight() / 2, 1.25))
                .on(Shortcut.ZOOM_OUT, () -> view.zoomAround(view.getWidth() / 2, view.getHeight() / 2, 1 / 1.25))
                .on(Shortcut.ZOOM_FIT, view::zoomToFit)
                .on(Shortcut.TOGGLE_FOLD, () -> view.getSelectedTopic().ifPresent(view::toggleFold))
                .on(Shortcut.CLEAR_SELECTION, () -> view.select(null))
                .on(Shortcut.SELECT_SIBLING, this::arrow)
                .on(Shortcut.SELECT_PARENT_CHILD, this::arrow);
    }

    /** Arrows move the selection, or pan when nothing is selected. */
    private void arrow(KeyEvent e) {
        KeyCode code = e.getCode();
        if (view.getSelectedTopic().isPresent()) {
            moveSelection(code);
        } else {
            view.panBy(code == KeyCode.LEFT ? ARROW_PAN : code == KeyCode.RIGHT ? -ARROW_PAN : 0,
                    code == KeyCode.UP ? ARROW_PAN : code == KeyCode.DOWN ? -ARROW_PAN : 0);
        }
    }

    /** Up/down: previous/next sibling; towards the centre: parent; away from it: first child (unfolded). */
    private void moveSelection(KeyCode code) {
        MapGeometry g = view.getGeometry();
        MapTree t = g.tree();
        OptionalInt at = g.node(view.getSelectedTopic().get());
        if (at.isEmpty()) {
            return;
        }
        int n = at.getAsInt();
        Side side = g.side(n);
        boolean outward = side == Side.LEFT ? code == KeyCode.LEFT : code == KeyCode.RIGHT;
        boolean inward = side == Side.LEFT ? code == KeyCode.RIGHT : code == KeyCode.LEFT;
        int next = -1;
        if (outward && !g.isFolded(n) && t.hasChildren(n) && n != 0) {
            next = t.firstChild(n);
        } else if (inward && n != 0) {
            next = t.parent(n);
        } else if ((code == KeyCode.DOWN || code == KeyCode.UP) && n != 0) {
            next = code == KeyCode.DOWN ? t.nextSibling(n) : previousSibling(t, n);
        } else if (n == 0 && t.hasChildren(0)) {
            next = t.firstChild(0);
        }
        if (next >= 0) {
            view.select(t.id(next));
        }
    }

    private static int previousSibling(MapTree t, int n) {
        int prev = -1;
        for (int c = t.firstChild(t.parent(n)); c >= 0 && c != n; c = t.nextSibling(c)) {
            prev = c;
        }
        return prev;
    }
}

package dev.crossmap.ui;

import dev.crossmap.document.ViewState;
import dev.crossmap.layout.Point;
import dev.crossmap.layout.Viewport;
import dev.crossmap.model.TopicId;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.application.Platform;

/** The map's view as saved with the workspace (zoom, centre, selection, hidden roadmaps, mode), both ways. */
final class SavedView {
    private SavedView() {
    }

    /** What the view looks like now. */
    static ViewState of(MindMapView map, MapToolbar bar) {
        Viewport v = map.getViewport();
        Point centre = v.toWorld(v.width() / 2, v.height() / 2);
        Set<String> hidden = new HashSet<>(bar.filter.getItems());
        hidden.removeAll(bar.filter.getCheckModel().getCheckedItems());
        boolean merged = bar.merged.isSelected();
        return new ViewState(v.scale(), centre.x(), centre.y(), merged ? Optional.empty() : map.getSelectedTopic(),
                hidden, merged ? "merged" : "roadmaps");
    }

    /**
     * Puts a saved view in place; {@code select} selects the saved selection everywhere. A workspace without
     * a saved view (freshly imported roadmaps) gets {@code fresh}, its first view.
     */
    static void apply(ViewState view, MindMapView map, MapToolbar bar, Consumer<TopicId> select, Runnable fresh) {
        bar.merged.setSelected(view.mode().equals("merged"));
        if (view.equals(ViewState.DEFAULT)) {
            fresh.run();
            return;
        }
        // After the map has its size (and has fitted itself), put the saved view in place.
        Platform.runLater(() -> Platform.runLater(() -> {
            Viewport v = map.getViewport();
            map.viewportProperty().set(v.zoomTo(view.zoom(), v.width() / 2, v.height() / 2).centreOn(view.centerX(), view.centerY()));
            view.selection().ifPresent(select);
        }));
    }
}

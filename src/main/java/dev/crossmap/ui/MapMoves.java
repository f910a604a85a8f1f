package dev.crossmap.ui;

import dev.crossmap.layout.MapTree;
import dev.crossmap.layout.Viewport;
import dev.crossmap.model.Occurrence;
import dev.crossmap.model.TopicId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Moves of the map's view the menus and panels ask for: zooming, and showing a set of places at once. */
final class MapMoves {
    private MapMoves() {
    }

    /** Highlights these occurrences on the map, unfolding what hides them (a concept or a matrix cell). */
    static void highlight(MindMapView map, List<Occurrence> occurrences) {
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
    static void zoom(MindMapView map, int direction) {
        Viewport v = map.getViewport();
        if (direction == 0) {
            map.zoomToFit();
        } else {
            map.zoomAround(v.width() / 2, v.height() / 2, direction > 0 ? 1.25 : 0.8);
        }
    }

    /** Zooms so the selected topic is readable and centred. */
    static void zoomToSelection(MindMapView map) {
        map.getSelectedTopic().ifPresent(id -> {
            Viewport v = map.getViewport();
            map.viewportProperty().set(v.zoomTo(Math.max(v.scale(), 1.2), v.width() / 2, v.height() / 2));
            map.centreOn(id);
        });
    }
}

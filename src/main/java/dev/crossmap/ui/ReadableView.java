package dev.crossmap.ui;

import dev.crossmap.layout.FirstView;
import dev.crossmap.model.TopicId;
import dev.crossmap.paint.LabelMeasure;
import java.util.Set;
import java.util.function.IntToDoubleFunction;

/**
 * Puts the map's folds and zoom where a person can read it (see {@link FirstView}): when a map opens, and after
 * unfolding to a level or unfolding everything, instead of keeping a zoom at which labels become bars.
 */
final class ReadableView {
    /** A label's font size at zoom 1, by depth in the map's tree, as the window draws it. */
    static final IntToDoubleFunction FONT_SIZE = depth -> LabelMeasure.baseSize(LabelMeasure.level(depth));

    private ReadableView() {
    }

    /** The first view of the map now shown (the map must have its size): folds and zoom, without a glide. */
    static FirstView open(MindMapView map) {
        FirstView first = FirstView.opening(map.mapLayout(), map.getWidth(), map.getHeight(), MindMapView.FIT_MARGIN,
                FONT_SIZE);
        map.setFoldedTopics(first.folds(), v -> first.view(), false);
        return first;
    }

    /** Unfolds every roadmap to {@code level} levels of topics (1 to 9), then a readable view around the selection. */
    static FirstView unfoldToLevel(MindMapView map, int level) {
        int n = Math.max(1, Math.min(9, level));
        return refit(map, map.getGeometry().tree().foldsForLevel(n), n);
    }

    /** Unfolds everything, then the whole map if it reads, else a readable view around the selection. */
    static FirstView unfoldAll(MindMapView map) {
        return refit(map, Set.of(), 0);
    }

    private static FirstView refit(MindMapView map, Set<TopicId> folds, int level) {
        FirstView[] chosen = new FirstView[1];
        map.setFoldedTopics(folds, v -> {
            chosen[0] = FirstView.refit(map.getGeometry(), folds, level, v, MindMapView.FIT_MARGIN, FONT_SIZE,
                    map.getSelectedTopic());
            return chosen[0].view();
        }, true);
        return chosen[0];
    }
}

package dev.crossmap.ui;

import dev.crossmap.app.MapSearch;
import dev.crossmap.model.TopicId;
import dev.crossmap.paint.Found;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The search field and its count, bound to a {@link MapSearch}: typing searches and highlights every match
 * (the found text marked inside the labels), Enter and Shift+Enter step through them (showing each, the
 * current one marked more strongly), Escape clears the search and goes back to the map.
 */
final class SearchControl {
    private final MapToolbar bar;
    private final MindMapView map;
    private final Function<String, MapSearch> searchFor;
    private MapSearch search = MapSearch.none();

    /**
     * @param searchFor what to search, given the text (the roadmaps shown, or the merged map)
     * @param show      selects and shows a match, unfolding what hides it
     */
    SearchControl(MapToolbar bar, MindMapView map, Function<String, MapSearch> searchFor, Consumer<TopicId> show) {
        this.bar = bar;
        this.map = map;
        this.searchFor = searchFor;
        bar.search.textProperty().addListener((o, was, now) -> refresh());
        bar.search.setOnKeyPressed(new ShortcutKeys()
                .on(Shortcut.NEXT_MATCH, () -> step(1, show))
                .on(Shortcut.PREVIOUS_MATCH, () -> step(-1, show))
                .on(Shortcut.LEAVE_SEARCH, () -> {
                    bar.search.clear();
                    map.requestFocus();
                }));
    }

    private void step(int by, Consumer<TopicId> show) {
        Optional<TopicId> to = search.step(by);
        shown();
        to.ifPresent(show);
    }

    /** Searches again for what is typed (the map changed), keeping the match stepped to if it still is one. */
    void refresh() {
        MapSearch was = search;
        search = searchFor.apply(bar.search.getText());
        if (search.query().equals(was.query())) {
            was.current().ifPresent(m -> search.stepTo(m.topic()));
        }
        map.highlightedProperty().set(search.topics());
        shown();
    }

    /** The count and the marks inside labels follow the search and its position. */
    private void shown() {
        bar.searchCount.setText(search.countText());
        bar.searchCount.setTooltip(search.hiddenCount() == 0 ? null : new javafx.scene.control.Tooltip(
                search.hiddenCount() + " more in roadmaps the filter hides: tick them in Roadmaps to search them"));
        Map<TopicId, int[]> ranges = new HashMap<>();
        for (MapSearch.Match m : search.matches()) {
            if (!m.inLabel().isEmpty()) {
                int[] r = new int[2 * m.inLabel().size()];
                for (int i = 0; i < m.inLabel().size(); i++) {
                    r[2 * i] = m.inLabel().get(i).start();
                    r[2 * i + 1] = m.inLabel().get(i).end();
                }
                ranges.put(m.topic(), r);
            }
        }
        int[] none = new int[0];
        map.foundProperty().set(new Found(id -> ranges.getOrDefault(id, none),
                search.current().map(MapSearch.Match::topic)));
    }

    void focus() {
        bar.search.requestFocus();
        bar.search.selectAll();
    }
}

package dev.crossmap.ui;

import dev.crossmap.app.MapSearch;
import dev.crossmap.model.TopicId;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The search field and its count, bound to a {@link MapSearch}: typing searches and highlights every match,
 * Enter and Shift+Enter step through them (showing each), Escape clears the search and goes back to the map.
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
        search.step(by).ifPresent(show);
        bar.searchCount.setText(search.countText());
    }

    /** Searches again for what is typed (the map changed). */
    void refresh() {
        search = searchFor.apply(bar.search.getText());
        map.highlightedProperty().set(search.topics());
        bar.searchCount.setText(search.countText());
    }

    void focus() {
        bar.search.requestFocus();
        bar.search.selectAll();
    }
}

package dev.crossmap.ui;

import dev.crossmap.app.MapSearch;
import dev.crossmap.model.TopicId;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.input.KeyCode;

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
        bar.search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                search.step(e.isShiftDown() ? -1 : 1).ifPresent(show);
                bar.searchCount.setText(search.countText());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                bar.search.clear();
                map.requestFocus();
                e.consume();
            }
        });
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

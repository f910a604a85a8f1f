package dev.crossmap.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.SegmentedButton;

/**
 * The bar above the map: Map / Outline / Coverage, the search field and its count, Merged, the roadmap
 * filter and All overlaps. Only the controls and their look; the pane decides what they do.
 */
final class MapToolbar extends HBox {
    final ToggleButton mapMode = new ToggleButton("Map");
    final ToggleButton outlineMode = new ToggleButton("Outline");
    final ToggleButton coverageMode = new ToggleButton("Coverage");
    final ToggleGroup modes = new ToggleGroup();
    final TextField search = new TextField();
    final Label searchCount = new Label();
    final ToggleButton merged = new ToggleButton("Merged");
    final CheckComboBox<String> filter = new CheckComboBox<>();
    final ToggleButton allOverlaps = new ToggleButton("All overlaps");

    MapToolbar() {
        super(8);
        search.setId("searchField");
        search.setPromptText(Shortcut.FIND.withKey("Search topics"));
        search.setTooltip(new Tooltip(Shortcut.FIND.withKey("Search topics, notes and tags")
                + "\n" + Shortcut.NEXT_MATCH.withKey("Next match") + ", " + Shortcut.PREVIOUS_MATCH.withKey("previous")));
        search.setPrefColumnCount(22);
        searchCount.setId("searchCount");
        searchCount.getStyleClass().add("search-count");
        filter.setId("roadmapFilter");
        filter.setTitle("Roadmaps");
        filter.setTooltip(new Tooltip("Show or hide whole roadmaps on the map"));
        merged.setId("mergedMode");
        merged.setTooltip(new Tooltip("One map of every concept once: all roadmaps merged"));
        allOverlaps.setId("allOverlaps");
        allOverlaps.setTooltip(new Tooltip("Draw the links between every concept's occurrences"));
        mapMode.setId("mapMode");
        outlineMode.setId("outlineMode");
        coverageMode.setId("coverageMode");
        coverageMode.setTooltip(new Tooltip(Shortcut.COVERAGE.withKey("Concepts \u00d7 roadmaps: what every roadmap teaches, what only one does")));
        mapMode.setTooltip(new Tooltip(Shortcut.MAP_MODE.withKey("The roadmaps as one mind map")));
        outlineMode.setTooltip(new Tooltip(Shortcut.OUTLINE_MODE.withKey("The roadmaps as an outline")));
        mapMode.setSelected(true);
        SegmentedButton modeButtons = new SegmentedButton(mapMode, outlineMode, coverageMode);
        modeButtons.setToggleGroup(modes);
        // There is always a mode: clicking the selected one keeps it.
        modes.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                modes.selectToggle(was);
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        for (Control c : List.of(mapMode, outlineMode, coverageMode, merged, allOverlaps, searchCount)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        filter.setMinWidth(120);
        filter.setMaxWidth(220);
        getChildren().addAll(modeButtons, search, searchCount, spacer, merged, filter, allOverlaps);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 8, 4, 8));
        getStyleClass().add("map-bar");
    }
}

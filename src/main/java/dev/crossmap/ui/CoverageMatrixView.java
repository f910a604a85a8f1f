package dev.crossmap.ui;

import dev.crossmap.matching.Matcher;
import dev.crossmap.model.Atlas;
import dev.crossmap.model.Occurrence;
import dev.crossmap.overlap.CoverageMatrix;
import dev.crossmap.overlap.UniqueTopics;
import dev.crossmap.paint.Argb;
import dev.crossmap.paint.MapStyle;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The coverage matrix as a heat map: one row per concept, one column per roadmap, each cell as dark as the
 * concept is frequent in that roadmap. Rows start widest spread first (what all roadmaps agree on) and sort
 * by any column; the filter finds concepts as the user types; the footer names each roadmap's unique topics
 * and the overlap summary. Clicking a cell hands its occurrences to the owner, who shows them on the map.
 */
final class CoverageMatrixView extends VBox {
    /** Counts at or above this are drawn strongest. */
    private static final int DARKEST = MapStyle.LIGHT.sizes().heatDarkest();
    /** Repaints the cells in the new theme's heat colours (held here: the theme holds it only weakly). */
    private final javafx.beans.InvalidationListener themeChanged = o -> refreshHeat();

    private final TableView<CoverageMatrix.Row> table = new TableView<>();
    private final TextField filter = new TextField();
    private final Label footer = new Label();
    private final CoverageMatrix matrix;
    private final Consumer<List<Occurrence>> onCell;

    /**
     * @param atlas   the matched atlas
     * @param matcher how labels are read, to tell each roadmap's unique topics
     * @param onCell  a cell was clicked: the concept's occurrences in that roadmap (empty for an empty cell)
     */
    CoverageMatrixView(Atlas atlas, Matcher matcher, Consumer<List<Occurrence>> onCell) {
        super(6);
        this.onCell = onCell;
        this.matrix = CoverageMatrix.of(atlas);
        setId("coverageMatrix");
        setPadding(new Insets(6));
        UniqueTopics unique = UniqueTopics.of(atlas, matrix, matcher);

        TableColumn<CoverageMatrix.Row, String> label = new TableColumn<>("Concept");
        label.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        label.setPrefWidth(200);
        TableColumn<CoverageMatrix.Row, Integer> spread = new TableColumn<>("Roadmaps");
        spread.setId("matrixSpreadColumn");
        spread.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().spread()));
        spread.setSortType(TableColumn.SortType.DESCENDING);
        spread.setPrefWidth(100);
        table.getColumns().add(label);
        table.getColumns().add(spread);
        for (int i = 0; i < matrix.roadmaps().size(); i++) {
            table.getColumns().add(roadmapColumn(i, unique));
        }
        ObservableList<CoverageMatrix.Row> rows = FXCollections.observableArrayList(matrix.rows());
        FilteredList<CoverageMatrix.Row> filtered = new FilteredList<>(rows);
        SortedList<CoverageMatrix.Row> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSortOrder().add(spread);
        table.setId("matrixTable");
        // Headings of up to four wrapped lines; the stylesheet is this table's own, so the app's style stays as it is.
        table.getStylesheets().add("data:text/css," + ".column-header{-fx-pref-height:74px;}".replace(" ", ""));
        table.setPlaceholder(new Label("No concept matches"));
        VBox.setVgrow(table, Priority.ALWAYS);

        filter.setId("matrixFilter");
        filter.setPromptText("Filter concepts (type the start of a word)");
        filter.textProperty().addListener((o, a, b) -> {
            Set<CoverageMatrix.Row> keep = Collections.newSetFromMap(new IdentityHashMap<>());
            keep.addAll(matrix.matching(b));
            filtered.setPredicate(keep::contains);
        });

        StringBuilder sb = new StringBuilder(matrix.summary().describe()).append("\nUnique topics: ");
        for (int i = 0; i < matrix.roadmaps().size(); i++) {
            String name = matrix.roadmaps().get(i);
            sb.append(i == 0 ? "" : " \u00b7 ").append(name).append(' ').append(unique.count(name));
        }
        footer.setText(sb.toString());
        footer.setId("matrixSummary");
        footer.setWrapText(true);
        getChildren().addAll(filter, table, footer);
        Theme.current().addListener(new javafx.beans.WeakInvalidationListener(themeChanged));
    }

    /** The heat colours: the map style of the theme in use, shared with the exported heat map. */
    private static MapStyle style() {
        return Theme.current().get().mapStyle();
    }

    private void refreshHeat() {
        table.refresh();
    }

    CoverageMatrix matrix() {
        return matrix;
    }

    private TableColumn<CoverageMatrix.Row, Integer> roadmapColumn(int index, UniqueTopics unique) {
        String name = matrix.roadmaps().get(index);
        String shortName = name.replaceFirst("\\.[^.]+$", "");
        TableColumn<CoverageMatrix.Row, Integer> column = new TableColumn<>();
        // File names are long and alike ("python-backend-…"): words on up to four lines, the name in a tooltip.
        Label heading = new Label(shortName.replace('-', ' ').replace('_', ' '));
        heading.setWrapText(true);
        heading.prefWidthProperty().bind(column.widthProperty().subtract(12));
        heading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        heading.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        heading.setTooltip(new Tooltip(name + "\n" + unique.count(name) + " topics only this roadmap teaches"));
        column.setGraphic(heading);
        column.setId("roadmapColumn-" + index);
        column.setPrefWidth(96);
        column.setSortType(TableColumn.SortType.DESCENDING);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().counts().get(index)));
        column.setCellFactory(c -> new HeatCell(index));
        return column;
    }

    /** Background from faint to strong by count, the map style's heat colours (as the exported picture's). */
    static String colour(MapStyle style, int count) {
        int c = style.heat(count);
        return Argb.visible(c) ? String.format("rgb(%d,%d,%d)", Argb.red(c), Argb.green(c), Argb.blue(c)) : "transparent";
    }

    /** One cell of the heat map; its style class says how hot it is ("heat-0" … "heat-4"). */
    final class HeatCell extends TableCell<CoverageMatrix.Row, Integer> {
        private final int column;

        HeatCell(int column) {
            this.column = column;
            getStyleClass().add("heat-cell");
            setAlignment(Pos.CENTER);
            setOnMouseClicked(e -> {
                CoverageMatrix.Row row = getTableRow() == null ? null : getTableRow().getItem();
                if (row != null && !isEmpty()) {
                    onCell.accept(matrix.cell(row, this.column));
                }
            });
        }

        int column() {
            return column;
        }

        @Override
        protected void updateItem(Integer count, boolean empty) {
            super.updateItem(count, empty);
            getStyleClass().removeIf(s -> s.startsWith("heat-") && !s.equals("heat-cell"));
            if (empty || count == null) {
                setText(null);
                setStyle("");
                return;
            }
            getStyleClass().add("heat-" + Math.min(count, DARKEST));
            setText(count == 0 ? "" : Integer.toString(count));
            MapStyle style = style();
            setStyle("-fx-background-color: " + colour(style, count) + "; -fx-text-fill: "
                    + Argb.hex(style.heatInk(count)) + ";");
        }
    }
}

package dev.crossmap.ui;

import dev.crossmap.outline.ImportWarning;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;

/** Lists what the importer had to guess, skip or repair, with file and line. */
final class WarningsDialog {
    private WarningsDialog() {
    }

    static void show(Window owner, List<ImportWarning> warnings) {
        TableView<ImportWarning> table = new TableView<>(FXCollections.observableArrayList(warnings));
        table.setId("warningsTable");
        TableColumn<ImportWarning, String> file = new TableColumn<>("File");
        file.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().file()));
        file.setPrefWidth(240);
        TableColumn<ImportWarning, Integer> line = new TableColumn<>("Line");
        line.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().line()));
        line.setPrefWidth(60);
        TableColumn<ImportWarning, String> msg = new TableColumn<>("What happened");
        msg.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
        msg.setPrefWidth(520);
        table.getColumns().add(file);
        table.getColumns().add(line);
        table.getColumns().add(msg);
        table.setPrefSize(840, 360);

        Alert a = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        a.initOwner(owner);
        a.setTitle("Import warnings");
        a.setHeaderText(warnings.size() + " things to know about the imported files");
        a.getDialogPane().setContent(table);
        a.getDialogPane().setId("warningsDialog");
        a.setResizable(true);
        a.show();
    }
}

package dev.crossmap.ui;

import dev.crossmap.Version;
import dev.crossmap.model.Roadmap;
import dev.crossmap.outline.ImportException;
import dev.crossmap.outline.ImportResult;
import dev.crossmap.outline.ImportWarning;
import dev.crossmap.outline.Importer;
import dev.crossmap.workspace.AppSettings;
import dev.crossmap.workspace.WorkspaceFile;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.concurrent.Task;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;

/**
 * The main window: menus, the roadmaps in the centre, the details panel at the side, the status bar.
 * Owns the list of loaded roadmaps and the path of the current workspace.
 */
final class MainWindow {
    private final Stage stage;
    private final AppSettings settings;
    private final Importer importer = new Importer();
    private final RoadmapTree tree = new RoadmapTree();
    private final DetailsPane details = new DetailsPane();
    private final StatusBar status = new StatusBar();
    private final Button warningsButton = new Button();
    private final SplitPane split;
    private final AppMenus menus;
    private final List<Roadmap> roadmaps = new ArrayList<>();
    private final List<ImportWarning> warnings = new ArrayList<>();
    private Path workspace;
    private boolean dirty;

    MainWindow(Stage stage, AppSettings settings) {
        this.stage = stage;
        this.settings = settings;
        this.menus = new AppMenus(this);
        split = new SplitPane(tree, details);
        split.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(details, false);

        status.setId("statusBar");
        status.setText("Starting\u2026");
        warningsButton.setId("warningsButton");
        warningsButton.getStyleClass().add("warnings-button");
        warningsButton.setVisible(false);
        warningsButton.setManaged(false);
        warningsButton.setOnAction(e -> WarningsDialog.show(stage, warnings));
        status.getRightItems().add(warningsButton);

        BorderPane root = new BorderPane(split, menus.bar(), null, status, null);
        root.setId("mainRoot");
        Scene scene = new Scene(root, 1200, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("crossmap.css").toExternalForm());
        installDragAndDrop(scene);
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                details.show(now == null ? Optional.empty() : Optional.ofNullable(now.getValue())));
        stage.setScene(scene);
        stage.setMinWidth(640);
        stage.setMinHeight(400);
        restoreBounds();
        stage.setOnCloseRequest(e -> rememberSettings());
        updateTitle();
    }

    void show() {
        stage.show();
    }

    /** Replaces what is open with these files (none: the bundled roadmaps). */
    void open(List<Path> files) {
        if (files.size() == 1 && WorkspaceFile.isWorkspace(files.get(0))) {
            Path ws = files.get(0);
            load("Opening " + ws.getFileName(), () -> WorkspaceFile.load(ws, importer), results -> {
                replace(results);
                workspace = ws;
                remember(ws);
            });
            return;
        }
        load(files.isEmpty() ? "Opening the bundled roadmaps" : "Opening " + files.size() + " file(s)",
                () -> importer.importAll(files), results -> {
                    replace(results);
                    workspace = null;
                    files.forEach(this::remember);
                });
    }

    /** Adds roadmaps to what is open. */
    void add(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        load("Adding " + files.size() + " file(s)", () -> importer.importAll(files), results -> {
            for (ImportResult r : results) {
                roadmaps.add(r.roadmap());
                warnings.addAll(r.warnings());
            }
            dirty = true;
            refresh();
            files.forEach(this::remember);
        });
    }

    void chooseAndOpen() {
        List<File> chosen = chooser("Open roadmaps or a workspace").showOpenMultipleDialog(stage);
        if (chosen != null) {
            open(chosen.stream().map(File::toPath).toList());
        }
    }

    void chooseAndAdd() {
        List<File> chosen = chooser("Add roadmaps").showOpenMultipleDialog(stage);
        if (chosen != null) {
            add(chosen.stream().map(File::toPath).toList());
        }
    }

    void save() {
        if (workspace == null) {
            saveAs();
        } else {
            saveTo(workspace);
        }
    }

    void saveAs() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Save workspace");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Crossmap workspace", "*" + WorkspaceFile.EXTENSION));
        fc.setInitialFileName("roadmaps" + WorkspaceFile.EXTENSION);
        File f = fc.showSaveDialog(stage);
        if (f != null) {
            Path p = f.toPath();
            if (!WorkspaceFile.isWorkspace(p)) {
                p = p.resolveSibling(p.getFileName() + WorkspaceFile.EXTENSION);
            }
            saveTo(p);
        }
    }

    void saveTo(Path file) {
        try {
            WorkspaceFile.save(file, roadmaps);
            workspace = file;
            dirty = false;
            remember(file);
            status.setText("Saved " + file.getFileName() + " \u2014 " + summary());
            updateTitle();
        } catch (IOException e) {
            error("Could not save", file + ": " + e.getMessage() + "\nNothing was changed on disk.");
        }
    }

    void quit() {
        rememberSettings();
        stage.close();
    }

    void expandAll(boolean expanded) {
        tree.setAllExpanded(expanded);
    }

    void toggleDetails(boolean visible) {
        if (visible && !split.getItems().contains(details)) {
            split.getItems().add(details);
            split.setDividerPositions(0.72);
        } else if (!visible) {
            split.getItems().remove(details);
        }
    }

    void about() {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(stage);
        a.setTitle("About Crossmap");
        a.setHeaderText("Crossmap " + Version.get());
        a.setContentText("Merge several learning roadmaps into one mind map and see where they overlap.\n\n"
                + "Java " + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.runtime.version"));
        a.getDialogPane().setId("aboutDialog");
        a.show();
    }

    List<Path> recentFiles() {
        return settings.recent();
    }

    void clearRecent() {
        settings.clearRecent();
        saveSettings();
    }

    /** Remembers the window's place and size (called on close). */
    void rememberSettings() {
        if (stage.isIconified()) {
            return;
        }
        settings.setWindow(new AppSettings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized()));
        saveSettings();
    }

    private void saveSettings() {
        try {
            settings.save();
        } catch (IOException e) {
            status.setText("Could not remember settings: " + e.getMessage());
        }
    }

    private interface Work {
        List<ImportResult> call() throws ImportException;
    }

    private void load(String what, Work work, java.util.function.Consumer<List<ImportResult>> done) {
        status.setText(what + "\u2026");
        status.setProgress(-1);
        Task<List<ImportResult>> task = new Task<>() {
            @Override
            protected List<ImportResult> call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> {
            status.setProgress(0);
            done.accept(task.getValue());
            updateTitle();
        });
        task.setOnFailed(e -> {
            status.setProgress(0);
            Throwable t = task.getException();
            String msg = t instanceof ImportException ? t.getMessage() : String.valueOf(t);
            status.setText(roadmaps.isEmpty() ? "Nothing loaded" : summary());
            error("Could not open", msg + "\nWhat was open stays open.");
        });
        Background.run(task);
    }

    private void replace(List<ImportResult> results) {
        roadmaps.clear();
        warnings.clear();
        for (ImportResult r : results) {
            roadmaps.add(r.roadmap());
            warnings.addAll(r.warnings());
        }
        dirty = false;
        refresh();
    }

    private void refresh() {
        tree.show(roadmaps);
        status.setText(summary());
        boolean any = !warnings.isEmpty();
        warningsButton.setText("\u26a0 " + warnings.size() + (warnings.size() == 1 ? " import warning" : " import warnings"));
        warningsButton.setVisible(any);
        warningsButton.setManaged(any);
        updateTitle();
    }

    /** "5 roadmaps, 1,234 topics". */
    String summary() {
        int topics = roadmaps.stream().mapToInt(Roadmap::size).sum();
        return String.format("%d %s, %,d %s", roadmaps.size(), roadmaps.size() == 1 ? "roadmap" : "roadmaps",
                topics, topics == 1 ? "topic" : "topics");
    }

    private void updateTitle() {
        String name = workspace == null ? (roadmaps.isEmpty() ? "" : "Untitled") : workspace.getFileName().toString();
        stage.setTitle((dirty ? "*" : "") + (name.isEmpty() ? "Crossmap" : name + " \u2014 Crossmap"));
    }

    private void remember(Path file) {
        settings.addRecent(file);
        saveSettings();
        menus.refreshRecent();
    }

    private FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Roadmaps and workspaces", "*.md", "*.markdown", "*.txt", "*.opml", "*.mm",
                        "*" + WorkspaceFile.EXTENSION),
                new FileChooser.ExtensionFilter("All files", "*"));
        return fc;
    }

    private void installDragAndDrop(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            Dragboard db = e.getDragboard();
            boolean ok = db.hasContent(DataFormat.FILES);
            if (ok) {
                add(db.getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private void restoreBounds() {
        settings.window().ifPresent(b -> {
            Rectangle2D r = new Rectangle2D(b.x(), b.y(), b.width(), b.height());
            boolean visible = Screen.getScreens().stream().anyMatch(s -> s.getVisualBounds().intersects(r));
            if (visible) {
                stage.setX(b.x());
                stage.setY(b.y());
            }
            stage.setWidth(b.width());
            stage.setHeight(b.height());
            stage.setMaximized(b.maximized());
        });
    }

    private void error(String header, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.initOwner(stage);
        a.setTitle("Crossmap");
        a.setHeaderText(header);
        a.setContentText(message);
        a.getDialogPane().setId("errorDialog");
        a.show();
    }
}

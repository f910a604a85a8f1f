package dev.crossmap.ui;

import dev.crossmap.Version;
import dev.crossmap.model.Roadmap;
import dev.crossmap.outline.ImportException;
import dev.crossmap.outline.ImportResult;
import dev.crossmap.outline.ImportWarning;
import dev.crossmap.outline.Importer;
import dev.crossmap.workspace.AppSettings;
import dev.crossmap.workspace.History;
import dev.crossmap.workspace.Workspace;
import dev.crossmap.workspace.WorkspaceFile;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * Owns the open {@link Workspace}, its undo history and the file it was saved to.
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
    private final List<ImportWarning> warnings = new ArrayList<>();
    private Workspace ws = new Workspace();
    private History history = new History(ws);
    private Path file;
    private long savedRevision;

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
            Path path = files.get(0);
            load("Opening " + path.getFileName(), () -> WorkspaceFile.load(path, importer), loaded -> {
                replace(loaded.workspace(), loaded.warnings(), path);
                remember(path);
            });
            return;
        }
        if (files.isEmpty()) {
            load("Opening the bundled roadmaps", () -> workspaceOf(importer.importBundled()),
                    loaded -> replace(loaded.workspace(), loaded.warnings(), null));
            return;
        }
        List<String> names = namesFor(files, new HashSet<>());
        load("Opening " + files.size() + " file(s)", () -> workspaceOf(importEach(files, names)), loaded -> {
            replace(loaded.workspace(), loaded.warnings(), null);
            files.forEach(this::remember);
        });
    }

    private List<ImportResult> importEach(List<Path> files, List<String> names) throws ImportException {
        List<ImportResult> results = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            results.add(importer.importFile(files.get(i), names.get(i)));
        }
        return results;
    }

    /** Roadmap names for files: the file name, or "name (2)" when that name is taken. */
    private static List<String> namesFor(List<Path> files, Set<String> taken) {
        List<String> names = new ArrayList<>();
        for (Path f : files) {
            String base = f.getFileName() == null ? f.toString() : f.getFileName().toString();
            String name = base;
            for (int i = 2; taken.contains(name); i++) {
                name = base + " (" + i + ")";
            }
            taken.add(name);
            names.add(name);
        }
        return names;
    }

    private static WorkspaceFile.Loaded workspaceOf(List<ImportResult> results) {
        Workspace fresh = new Workspace();
        List<ImportWarning> found = new ArrayList<>();
        for (ImportResult r : results) {
            fresh.addRoadmap(r.roadmap());
            found.addAll(r.warnings());
        }
        return new WorkspaceFile.Loaded(fresh, found);
    }

    /** Adds roadmaps to what is open; a file whose name is taken gets "name (2)". */
    void add(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        Workspace target = ws;
        Set<String> taken = new HashSet<>();
        target.roadmaps().forEach(r -> taken.add(r.name()));
        List<String> names = namesFor(files, taken);
        load("Adding " + files.size() + " file(s)", () -> importEach(files, names), results -> {
            if (ws != target) {
                return;
            }
            for (ImportResult r : results) {
                ws.addRoadmap(r.roadmap());
                warnings.addAll(r.warnings());
            }
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
        if (file == null) {
            saveAs();
        } else {
            saveTo(file);
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

    void saveTo(Path target) {
        try {
            WorkspaceFile.save(target, ws);
            file = target;
            savedRevision = ws.revision();
            remember(target);
            status.setText("Saved " + target.getFileName() + " \u2014 " + summary());
            updateTitle();
        } catch (IOException e) {
            error("Could not save", target + ": " + e.getMessage() + "\nThe file on disk was not changed.");
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

    /** Work that may fail with a message for the user. */
    private interface Work<T> {
        T call() throws ImportException;
    }

    /** Runs {@code work} off the FX thread with progress in the status bar; failures keep what is open. */
    private <T> void load(String what, Work<T> work, java.util.function.Consumer<T> done) {
        status.setText(what + "\u2026");
        status.setProgress(-1);
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
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
            status.setText(ws.roadmaps().isEmpty() ? "Nothing loaded" : summary());
            error("Could not open", msg + "\nWhat was open stays open.");
        });
        Background.run(task);
    }

    private void replace(Workspace fresh, List<ImportWarning> found, Path from) {
        ws = fresh;
        history = new History(ws);
        file = from;
        savedRevision = ws.revision();
        warnings.clear();
        warnings.addAll(found);
        refresh();
    }

    private void refresh() {
        tree.show(ws.roadmaps());
        status.setText(summary());
        boolean any = !warnings.isEmpty();
        warningsButton.setText("\u26a0 " + warnings.size() + (warnings.size() == 1 ? " import warning" : " import warnings"));
        warningsButton.setVisible(any);
        warningsButton.setManaged(any);
        updateTitle();
    }

    /** "5 roadmaps, 1,234 topics". */
    String summary() {
        int maps = ws.roadmaps().size();
        int topics = ws.topicCount();
        return String.format("%d %s, %,d %s", maps, maps == 1 ? "roadmap" : "roadmaps",
                topics, topics == 1 ? "topic" : "topics");
    }

    private void updateTitle() {
        String name = file == null ? (ws.roadmaps().isEmpty() ? "" : "Untitled") : file.getFileName().toString();
        boolean dirty = ws.revision() != savedRevision;
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

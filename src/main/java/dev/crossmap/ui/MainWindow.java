package dev.crossmap.ui;

import dev.crossmap.Version;
import dev.crossmap.document.AnnotationEdit;
import dev.crossmap.document.History;
import dev.crossmap.document.Workspace;
import dev.crossmap.document.WorkspaceListener;
import dev.crossmap.io.ConfigFolder;
import dev.crossmap.layout.MapTree;
import dev.crossmap.matching.Matcher;
import dev.crossmap.model.Atlas;
import dev.crossmap.model.Concept;
import dev.crossmap.model.Occurrence;
import dev.crossmap.model.Progress;
import dev.crossmap.model.TopicId;
import dev.crossmap.outline.ImportException;
import dev.crossmap.outline.ImportResult;
import dev.crossmap.outline.ImportWarning;
import dev.crossmap.outline.Importer;
import dev.crossmap.storage.Autosave;
import dev.crossmap.storage.Recovery;
import dev.crossmap.storage.WorkspaceFile;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;

/**
 * The main window: menus, the roadmaps in the centre, the notes panel at the side, the status bar.
 * Owns the open {@link Workspace}, its undo history, the file it is saved to and its autosave.
 */
final class MainWindow implements MapPane.Host {
    private final Stage stage;
    private final AppSettings settings;
    private final Importer importer = new Importer();
    private final MapPane mapPane;
    private final NotesPane notes;
    private final ConceptsPane concepts;
    private final javafx.scene.control.TabPane side = new javafx.scene.control.TabPane();
    private CoverageMatrixView coverage;
    private String spreadText = "";
    private final ExportActions exports;
    private Optional<TopicEntry> selection = Optional.empty();
    private final StatusBar status = new StatusBar();
    private final Label progressSummary = new Label();
    private final Button warningsButton = new Button();
    private final SplitPane split;
    private final AppMenus menus;
    private final List<ImportWarning> warnings = new ArrayList<>();
    private final Autosave autosave;
    private final WorkspaceListener listener = new WorkspaceListener() {
        @Override
        public void annotationsChanged(Set<TopicId> topics) {
            mapPane.annotationsChanged(topics);
            notes.annotationsChanged(topics);
            edited();
        }

        @Override
        public void foldingChanged(Set<TopicId> topics) {
            mapPane.foldsFromWorkspace();
            edited();
        }

        @Override
        public void roadmapsChanged() {
            mapPane.roadmapsChanged(ws);
            edited();
            rematch();
        }

        @Override
        public void decisionsChanged() {
            edited();
            rematch();
        }
    };
    /** The shipped vocabulary plus the user's own (config folder, vocabulary.txt), read once at start. */
    private final dev.crossmap.matching.UserMatchers userMatcher =
            dev.crossmap.matching.UserMatchers.in(dev.crossmap.io.ConfigFolder.get());
    private final Matcher matcher = userMatcher.matcher();
    /**
     * Reads labels on the FX thread without waiting for a re-match that holds {@link #matcher}; made when the
     * coverage matrix is first shown, not at start-up.
     */
    private Matcher labelReader;
    private Atlas atlas = Atlas.of(List.of());
    private long matchGeneration;
    private Workspace ws = new Workspace();
    private History history = new History(ws);
    private Path file;
    private long savedRevision;

    MainWindow(Stage stage, AppSettings settings, Consumer<String> openLink) {
        this.stage = stage;
        this.settings = settings;
        this.notes = new NotesPane(openLink);
        this.mapPane = new MapPane(this);
        this.concepts = new ConceptsPane(atlas, c -> mapPane.highlight(c.members()), o -> reveal(o.topic().id()),
                step -> history.perform(step.edit(ws.decisions())));
        this.exports = new ExportActions(stage, status::setText);
        concepts.setOnRename((concept, name) ->
                history.perform(dev.crossmap.document.RenameEdit.of(ws, concept.members().get(0).topic().id(), name)));
        concepts.setOnAddPlace(concept -> {
            status.setText("Click the topic on the map that is also \u201c" + concept.label() + "\u201d (Escape cancels)");
            mapPane.pickTopic(picked -> {
                String label = ws.topic(picked).map(l -> l.topic().label()).orElse("topic");
                history.perform(CurationStep.addPlace(concept, picked, label).edit(ws.decisions()));
                status.setText("Added " + label + " to " + concept.label() + "; finding the overlaps again\u2026");
            });
        });
        javafx.scene.control.ScrollPane notesScroll = new javafx.scene.control.ScrollPane(notes);
        notesScroll.setFitToWidth(true);
        notesScroll.setFitToHeight(true);
        javafx.scene.control.Tab topicTab = new javafx.scene.control.Tab("Topic", notesScroll);
        topicTab.setId("topicTab");
        javafx.scene.control.Tab conceptsTab = new javafx.scene.control.Tab("Concepts", concepts);
        conceptsTab.setId("conceptsTab");
        side.getTabs().addAll(topicTab, conceptsTab);
        side.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        this.menus = new AppMenus(this);
        this.autosave = new Autosave(Recovery.fileFor(Recovery.folder(ConfigFolder.get())), Autosave.DEFAULT_DELAY,
                e -> status.setText("Could not write the recovery file: " + e.getMessage()));
        split = new SplitPane(mapPane, side);
        split.setDividerPositions(0.7);
        SplitPane.setResizableWithParent(side, false);

        status.setId("statusBar");
        status.setText("Starting\u2026");
        progressSummary.setId("progressSummary");
        warningsButton.setId("warningsButton");
        warningsButton.getStyleClass().add("warnings-button");
        warningsButton.setVisible(false);
        warningsButton.setManaged(false);
        warningsButton.setOnAction(e -> WarningsDialog.show(stage, warnings));
        status.getRightItems().addAll(progressSummary, warningsButton);

        BorderPane root = new BorderPane(split, menus.bar(), null, status, null);
        root.setId("mainRoot");
        Scene scene = new Scene(root, 1200, 800);
        scene.getStylesheets().addAll(Theme.sceneStylesheets());
        FileDrop.install(scene, this::add);
        stage.setScene(scene);
        stage.setMinWidth(640);
        stage.setMinHeight(400);
        WindowPlace.restore(stage, settings);
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard("closing")) {
                e.consume();
            } else {
                autosave.discard();
                rememberSettings();
            }
        });
        bind(ws);
        updateTitle();
    }

    void show() {
        stage.show();
    }

    // ---- opening ----

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

    /**
     * Adds roadmaps to what is open. A file named like an open roadmap is a new version of it: the user can
     * replace the old one (notes, progress and tags follow their topics; what finds no topic is kept as
     * unattached) or add it as a copy ("name (2)").
     */
    void add(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        Workspace target = ws;
        Set<String> taken = new HashSet<>();
        target.roadmaps().forEach(r -> taken.add(r.name()));
        List<Path> again = files.stream().filter(f -> f.getFileName() != null && isTaken(taken, f.getFileName().toString())).toList();
        boolean replace = !again.isEmpty() && askReplace(again);
        List<Path> replacing = replace ? again : List.of();
        List<Path> adding = files.stream().filter(f -> !replacing.contains(f)).toList();
        List<String> names = namesFor(adding, taken);
        load("Adding " + files.size() + " file(s)", () -> {
            List<ImportResult> added = importEach(adding, names);
            List<ImportResult> replaced = new ArrayList<>();
            for (Path f : replacing) {
                replaced.addAll(importer.importFileAll(f, f.getFileName().toString()));
            }
            return List.of(added, replaced);
        }, results -> {
            if (ws != target) {
                return;
            }
            for (ImportResult r : results.get(0)) {
                ws.addRoadmap(r.roadmap());
                warnings.addAll(r.warnings());
            }
            int lost = 0;
            for (ImportResult r : results.get(1)) {
                List<dev.crossmap.document.Unattached> orphans = ws.replaceRoadmap(r.roadmap());
                warnings.addAll(r.warnings());
                for (dev.crossmap.document.Unattached u : orphans) {
                    warnings.add(new ImportWarning(r.roadmap().name(), 0, "the note on \u201c" + u.anchor()
                            + "\u201d found no topic in the new version; it is kept with the workspace"));
                }
                lost += orphans.size();
            }
            refresh();
            if (!results.get(1).isEmpty()) {
                status.setText("Replaced " + results.get(1).size() + " roadmap(s)"
                        + (lost == 0 ? "; every note found its topic" : "; " + lost + " note(s) kept aside (see the warnings)"));
            }
            files.forEach(this::remember);
        });
    }

    /** Asks whether files named like open roadmaps replace them (true) or come in as copies (false). */
    private boolean askReplace(List<Path> again) {
        ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.YES);
        ButtonType copy = new ButtonType("Add as a Copy", ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", replace, copy);
        a.initOwner(stage);
        a.setTitle("Crossmap");
        a.setHeaderText(again.get(0).getFileName() + (again.size() > 1 ? " and " + (again.size() - 1) + " more are" : " is")
                + " already open");
        a.setContentText("Replace the open version with this one? Your notes, progress and tags stay on their topics.");
        a.getDialogPane().setId("replaceDialog");
        return a.showAndWait().orElse(copy) == replace;
    }

    void newWorkspace() {
        if (confirmDiscard("starting a new workspace")) {
            autosave.discard();
            replace(new Workspace(), List.of(), null);
        }
    }

    void chooseAndOpen() {
        if (!confirmDiscard("opening other files")) {
            return;
        }
        List<File> chosen = chooser("Open roadmaps or a workspace").showOpenMultipleDialog(stage);
        if (chosen != null) {
            open(chosen.stream().map(File::toPath).toList());
        }
    }

    void openRecent(Path path) {
        if (confirmDiscard("opening " + path.getFileName())) {
            open(List.of(path));
        }
    }

    void chooseAndAdd() {
        List<File> chosen = chooser("Add roadmaps").showOpenMultipleDialog(stage);
        if (chosen != null) {
            add(chosen.stream().map(File::toPath).toList());
        }
    }

    /**
     * Offers to restore work a crashed session left behind. Returns true when the user restores it (then
     * nothing else should be opened).
     */
    boolean offerRecovery() {
        Path own = autosave.recoveryFile();
        List<Recovery.Found> found = Recovery.list(own.getParent()).stream().filter(f -> !f.file().equals(own)).toList();
        if (found.isEmpty()) {
            return false;
        }
        Recovery.Found newest = found.get(0);
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault())
                .format(newest.writtenAt());
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType("Not now", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", restore, discard, later);
        a.initOwner(stage);
        a.setTitle("Crossmap");
        a.setHeaderText("Crossmap closed without saving your work");
        a.setContentText("Unsaved changes to " + newest.workspaceOf().map(p -> p.getFileName().toString()).orElse("an untitled workspace")
                + " from " + when + " were kept. Restore them?");
        a.getDialogPane().setId("recoveryDialog");
        ButtonType answer = a.showAndWait().orElse(later);
        if (answer == discard) {
            found.forEach(f -> {
                try {
                    Recovery.discard(f);
                } catch (IOException e) {
                    status.setText("Could not remove " + f.file() + ": " + e.getMessage());
                }
            });
            return false;
        }
        if (answer != restore) {
            return false;
        }
        load("Restoring unsaved work", () -> Recovery.restore(newest, importer), loaded -> {
            replace(loaded.workspace(), loaded.warnings(), newest.workspaceOf().orElse(null));
            savedRevision = -1;
            try {
                // This session's autosave takes the file over, so the work is never only in memory.
                Files.move(newest.file(), own, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                autosave.changed(ws.snapshot());
            }
            updateTitle();
        });
        return true;
    }

    // ---- saving ----

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
        fc.setInitialFileName(file == null ? "roadmaps" + WorkspaceFile.EXTENSION : file.getFileName().toString());
        File f = fc.showSaveDialog(stage);
        if (f != null) {
            Path p = f.toPath();
            if (!WorkspaceFile.isWorkspace(p)) {
                p = p.resolveSibling(p.getFileName() + WorkspaceFile.EXTENSION);
            }
            saveTo(p);
        }
    }

    /** Saves to {@code target}; true when it worked. */
    boolean saveTo(Path target) {
        ws.setView(mapPane.viewState(ws.view()));
        try {
            WorkspaceFile.save(target, ws);
            file = target;
            savedRevision = ws.revision();
            autosave.setWorkspaceFile(Optional.of(target));
            autosave.discard();
            remember(target);
            status.setText("Saved " + target.getFileName() + " \u2014 " + summary());
            updateTitle();
            return true;
        } catch (IOException e) {
            error("Could not save", target + ": " + e.getMessage() + "\nThe file on disk was not changed; your work is still open.");
            return false;
        }
    }

    boolean isDirty() {
        return ws.revision() != savedRevision;
    }

    /** Asks what to do with unsaved changes before {@code doing}; false when the user cancels. */
    private boolean confirmDiscard(String doing) {
        if (!isDirty()) {
            return true;
        }
        ButtonType saveButton = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType dontSave = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", saveButton, dontSave, ButtonType.CANCEL);
        a.initOwner(stage);
        a.setTitle("Crossmap");
        a.setHeaderText("Save changes to " + (file == null ? "this workspace" : file.getFileName()) + " before " + doing + "?");
        a.setContentText("Your notes, progress and tags are only kept if you save them.");
        a.getDialogPane().setId("unsavedDialog");
        ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == saveButton) {
            if (file == null) {
                saveAs();
                return !isDirty();
            }
            return saveTo(file);
        }
        return answer == dontSave;
    }

    void quit() {
        if (confirmDiscard("quitting")) {
            autosave.discard();
            rememberSettings();
            stage.close();
        }
    }

    /** The app is stopping: keep the window's place; unsaved work stays in the recovery file. */
    void shutdown() {
        rememberSettings();
        autosave.close();
    }

    // ---- editing ----

    void undo() {
        history.undo();
    }

    void redo() {
        history.redo();
    }

    @Override
    public History history() {
        return history;
    }

    @Override
    public Workspace workspace() {
        return ws;
    }

    @Override
    public Atlas atlas() {
        return atlas;
    }

    @Override
    public void topicSelected(Optional<TopicEntry> entry) {
        selection = entry;
        notes.show(entry);
    }

    @Override
    public void focusNote() {
        notes.focusNote();
    }

    MapPane mapPane() {
        return mapPane;
    }

    /** Sets the progress of the selected topic (keys D, L, S, 0 and the context menu). */
    @Override
    public void setProgressOfSelection(Progress p) {
        Optional<dev.crossmap.overlap.CurriculumItem> item = mapPane.mergedMap()
                .flatMap(m -> mapPane.map().getSelectedTopic().flatMap(m::item));
        if (item.isPresent()) {
            // A merged item is every place its concept is written: progress goes to all of them.
            history.perform(dev.crossmap.overlap.MergedCurriculum.progressEdit(ws, item.get(), p));
            return;
        }
        selection.filter(e -> !e.isRoadmap()).ifPresent(e -> {
            TopicId id = e.topic().id();
            Set<TopicId> targets = ws.shareConceptProgress() ? sameConcept(id) : Set.of(id);
            history.perform(AnnotationEdit.of(ws, targets, a -> a.withProgress(p), "progress of " + e.label()));
        });
    }

    /** The topics that are the same concept as {@code id} (itself included). */
    private Set<TopicId> sameConcept(TopicId id) {
        Set<TopicId> out = new HashSet<>();
        out.add(id);
        occurrencesOf(id).forEach(o -> out.add(o.topic().id()));
        return out;
    }

    /** Every place the concept of {@code id} is written; empty when it is written once. */
    private List<Occurrence> occurrencesOf(TopicId id) {
        return atlas.conceptOf(id).map(Concept::members).orElse(List.of());
    }

    /** Shows a topic wherever it is (the occurrence links). */
    void reveal(TopicId id) {
        mapPane.reveal(id);
    }

    /** Finds the overlaps again, off the FX thread, after roadmaps or decisions changed. */
    private void rematch() {
        long generation = ++matchGeneration;
        Workspace.Snapshot curated = ws.snapshot();
        Task<Atlas> task = new Task<>() {
            @Override
            protected Atlas call() {
                Atlas a = matcher.match(curated.roadmaps(), curated.decisions(), curated.conceptNames());
                a.concepts();
                return a;
            }
        };
        task.setOnSucceeded(e -> {
            if (generation == matchGeneration) {
                atlas = task.getValue();
                spreadText = spread(atlas);
                mapPane.conceptsChanged();
                notes.conceptsChanged();
                concepts.setAtlas(atlas);
                coverage = null;
                mapPane.coverageChanged();
                status.setText(summary());
            }
        });
        task.setOnFailed(e -> status.setText("Could not find the overlaps: " + task.getException()));
        Background.run(task);
    }

    /** Unfold all (true) or fold every roadmap down to its top topics (false), on the map and the outline. */
    void expandAll(boolean expanded) {
        mapPane.tree().setAllExpanded(expanded);
        if (expanded) {
            mapPane.map().setFoldedTopics(Set.of());
        } else {
            mapPane.map().unfoldToLevel(1);
        }
    }

    void find() {
        mapPane.focusSearch();
    }

    void zoom(int direction) {
        mapPane.zoom(direction);
    }

    void zoomToSelection() {
        mapPane.zoomToSelection();
    }

    void unfoldToLevel(int level) {
        mapPane.unfoldToLevel(level);
    }

    void showOutline(boolean outline) {
        mapPane.showOutline(outline);
    }

    void toggleDetails(boolean visible) {
        if (visible && !split.getItems().contains(side)) {
            split.getItems().add(side);
            split.setDividerPositions(0.7);
        } else if (!visible) {
            split.getItems().remove(side);
        }
    }

    /** Shows one of the side panel's tabs: 0 topic, 1 concepts. */
    void showSideTab(int index) {
        toggleDetails(true);
        side.getSelectionModel().select(index);
    }

    void showCoverage() {
        mapPane.showCoverage();
    }

    /** The coverage matrix, made when first shown after the overlaps changed (a moment at 100,000 topics). */
    @Override
    public javafx.scene.Node coverageView() {
        if (coverage == null) {
            if (labelReader == null) {
                labelReader = matcher.twin();
            }
            coverage = new CoverageMatrixView(atlas, labelReader, occurrences -> {
                if (!occurrences.isEmpty()) {
                    reveal(occurrences.get(0).topic().id());
                    mapPane.highlight(occurrences);
                }
            });
        }
        return coverage;
    }

    void exportMap(boolean wholeMap, boolean svg) {
        exports.mapImage(mapPane.map(), ws, atlas, wholeMap, svg);
    }

    /** File > Export > Whole Map as Markdown, OPML or .mm. */
    void exportOutline(dev.crossmap.export.MapText format) {
        exports.wholeMap(ws, format);
    }

    void exportCoverage() {
        exports.coverageCsv(atlas);
    }

    void exportCoveragePng() {
        exports.coveragePng(atlas);
    }

    void exportCurriculum(boolean opml) {
        exports.curriculum(atlas, ws, opml);
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

    /** Switches the look of the whole app and remembers it. */
    void setTheme(Theme theme) {
        theme.apply();
        settings.setTheme(theme);
        saveSettings();
    }

    void clearRecent() {
        settings.clearRecent();
        saveSettings();
    }

    /** Remembers the window's place and size. */
    void rememberSettings() {
        if (WindowPlace.remember(stage, settings)) {
            saveSettings();
        }
    }

    private void saveSettings() {
        try {
            settings.save();
        } catch (IOException e) {
            status.setText("Could not remember settings: " + e.getMessage());
        }
    }

    // ---- plumbing ----

    private List<ImportResult> importEach(List<Path> files, List<String> names) throws ImportException {
        List<ImportResult> results = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            results.addAll(importer.importFileAll(files.get(i), names.get(i)));
        }
        return results;
    }

    /** Whether a roadmap of that file is open (an XMind file's sheets are named "file [sheet]"). */
    private static boolean isTaken(Set<String> taken, String fileName) {
        return taken.stream().anyMatch(t -> Importer.sameFile(t, fileName));
    }

    /** Roadmap names for files: the file name, or "name (2)" when that name is taken. */
    private static List<String> namesFor(List<Path> files, Set<String> taken) {
        List<String> names = new ArrayList<>();
        for (Path f : files) {
            String base = f.getFileName() == null ? f.toString() : f.getFileName().toString();
            String name = base;
            for (int i = 2; isTaken(taken, name); i++) {
                name = base + " (" + i + ")";
            }
            taken.add(name);
            names.add(name);
        }
        return names;
    }

    /**
     * Freshly imported roadmaps as a new workspace. A big map opens folded below its second level, as a
     * reader would first want the overview (the user unfolds from there; folds are saved).
     */
    private static WorkspaceFile.Loaded workspaceOf(List<ImportResult> results) {
        Workspace fresh = new Workspace();
        List<ImportWarning> found = new ArrayList<>();
        for (ImportResult r : results) {
            fresh.addRoadmap(r.roadmap());
            found.addAll(r.warnings());
        }
        if (fresh.topicCount() > FOLD_ABOVE) {
            fresh.setFolded(MapTree.of("Crossmap", fresh.roadmaps()).foldsForLevel(2), true);
        }
        return new WorkspaceFile.Loaded(fresh, found);
    }

    /** Maps with more topics than this open folded to level 2. */
    private static final int FOLD_ABOVE = 150;

    /** Work that may fail with a message for the user. */
    private interface Work<T> {
        T call() throws ImportException;
    }

    /** Runs {@code work} off the FX thread with progress in the status bar; failures keep what is open. */
    private <T> void load(String what, Work<T> work, Consumer<T> done) {
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
        ws.removeListener(listener);
        bind(fresh);
        file = from;
        savedRevision = ws.revision();
        autosave.setWorkspaceFile(Optional.ofNullable(from));
        warnings.clear();
        warnings.addAll(userMatcher.vocabulary().warnings());
        warnings.addAll(found);
        refresh();
        rematch();
    }

    private void bind(Workspace fresh) {
        ws = fresh;
        history = new History(ws);
        ws.addListener(listener);
        notes.bind(ws, history, this::occurrencesOf, this::reveal);
        atlas = Atlas.of(List.of());
        selection = Optional.empty();
        mapPane.show(ws);
    }

    /** After every change to the workspace: title, progress summary, autosave. */
    private void edited() {
        updateTitle();
        updateProgressSummary();
        if (isDirty()) {
            autosave.changed(ws.snapshot());
        }
    }

    private void refresh() {
        status.setText(summary());
        boolean any = !warnings.isEmpty();
        warningsButton.setText("\u26a0 " + warnings.size() + (warnings.size() == 1 ? " import warning" : " import warnings"));
        warningsButton.setVisible(any);
        warningsButton.setManaged(any);
        updateProgressSummary();
        updateTitle();
    }

    /** "5 roadmaps, 1,234 topics". */
    String summary() {
        int maps = ws.roadmaps().size();
        int topics = ws.topicCount();
        int shared = atlas.concepts().size();
        return String.format("%d %s, %,d %s", maps, maps == 1 ? "roadmap" : "roadmaps", topics, topics == 1 ? "topic" : "topics")
                + (shared == 0 ? "" : String.format(", %,d shared concepts", shared) + spreadText);
    }

    /** " (94 in 2 roadmaps · 26 in 3 · 9 in 4 · 3 in 5)": how widely the concepts are shared. */
    private static String spread(Atlas a) {
        dev.crossmap.overlap.OverlapSummary s = dev.crossmap.overlap.CoverageMatrix.of(a).summary();
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (var e : s.bySpread().entrySet()) {
            if (e.getKey() >= 2) {
                sb.append(first ? " (" : " \u00b7 ").append(String.format("%,d", e.getValue())).append(" in ")
                        .append(e.getKey()).append(first ? " roadmaps" : "");
                first = false;
            }
        }
        return first ? "" : sb.append(')').toString();
    }

    private void updateProgressSummary() {
        int done = ws.count(Progress.DONE);
        int learning = ws.count(Progress.LEARNING);
        int total = ws.topicCount();
        progressSummary.setText(total == 0 ? "" : String.format("%,d done \u00b7 %,d learning \u00b7 %d%%", done, learning,
                Math.round(100.0 * done / total)));
    }

    private void updateTitle() {
        // Before it is saved, a workspace is named by what it holds: "5 roadmaps", or the one roadmap's file.
        int n = ws.roadmaps().size();
        String name = file != null ? file.getFileName().toString()
                : n == 0 ? "" : n == 1 ? ws.roadmaps().get(0).name() : n + " roadmaps";
        stage.setTitle((isDirty() ? "*" : "") + (name.isEmpty() ? "Crossmap" : name + " \u2014 Crossmap"));
    }

    private void remember(Path path) {
        settings.addRecent(path);
        saveSettings();
        menus.refreshRecent();
    }

    private FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Roadmaps and workspaces", "*.md", "*.markdown", "*.txt", "*.opml", "*.mm", "*.xmind",
                        "*.json", "*" + WorkspaceFile.EXTENSION),
                new FileChooser.ExtensionFilter("All files", "*"));
        return fc;
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

package dev.crossmap.ui;

import dev.crossmap.app.DocumentSession;
import dev.crossmap.app.SessionListener;
import dev.crossmap.app.TopicActions;
import dev.crossmap.document.RenameEdit;
import dev.crossmap.document.Workspace;
import dev.crossmap.io.ConfigFolder;
import dev.crossmap.matching.Matcher;
import dev.crossmap.matching.UserMatchers;
import dev.crossmap.model.Atlas;
import dev.crossmap.model.Progress;
import dev.crossmap.model.TopicId;
import dev.crossmap.storage.Recovery;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The main window: menus, the roadmaps in the centre, the notes panel at the side, the status bar, bound to
 * one {@link DocumentSession} (the open document) and its {@link TopicActions}.
 */
final class MainWindow implements MapPane.Host {
    /** How long after the last edit unsaved work is written to the recovery file (tests may shorten it). */
    static volatile Duration autosaveDelay = dev.crossmap.storage.Autosave.DEFAULT_DELAY;

    private final Stage stage;
    private final WindowSettings settings;
    private final DocumentSession session;
    private final TopicActions actions;
    private final MapPane mapPane;
    private final NotesPane notes;
    private final ConceptsPane concepts;
    private final SideTabs side;
    private final SplitPane split;
    private final AppMenus menus;
    private final StatusText status;
    private final Dialogs dialogs;
    private final ExportActions exports;
    private final FileCommands files;
    private Optional<TopicEntry> selection = Optional.empty();
    private CoverageMatrixView coverage;
    /** Reads labels on the FX thread without waiting for a re-match that holds the matcher; made on first use. */
    private Matcher labelReader;

    MainWindow(Stage stage, AppSettings appSettings, Consumer<String> openLink) {
        this.stage = stage;
        UserMatchers user = UserMatchers.in(ConfigFolder.get());
        FxTaskExecutor executor = new FxTaskExecutor();
        this.session = new DocumentSession(Launcher.importer(), user.matcher(), user.vocabulary().warnings(), executor,
                Recovery.fileFor(Recovery.folder(ConfigFolder.get())), autosaveDelay);
        this.actions = new TopicActions(session);
        this.dialogs = new Dialogs(stage);
        this.status = new StatusText(stage, session);
        this.settings = new WindowSettings(stage, appSettings, status::status);
        this.notes = new NotesPane(openLink);
        this.mapPane = new MapPane(session, this);
        this.concepts = new ConceptsPane(session.atlas(), c -> mapPane.highlight(c.members()), o -> reveal(o.topic().id()),
                step -> session.history().perform(step.edit(session.workspace().decisions())));
        this.exports = new ExportActions(stage, status::status, executor);
        this.files = new FileCommands(stage, session, dialogs, () -> mapPane.viewState(session.workspace().view()),
                this.settings::rememberWindow);
        settings.keepPicturesLook(exports.windowLookProperty());
        concepts.setOnRename((concept, name) -> session.history().perform(
                RenameEdit.of(session.workspace(), concept.members().get(0).topic().id(), name)));
        concepts.setOnAddPlace(concept -> {
            status.status("Click the topic on the map that is also \u201c" + concept.label() + "\u201d (Escape cancels)");
            mapPane.pickTopic(picked -> {
                Workspace ws = session.workspace();
                String label = ws.topic(picked).map(l -> l.topic().label()).orElse("topic");
                session.history().perform(CurationStep.addPlace(concept, picked, label).edit(ws.decisions()));
                status.status("Added " + label + " to " + concept.label() + "; finding the overlaps again\u2026");
            });
        });
        this.side = new SideTabs(notes, concepts, new LeftOffPane(this::reveal), session::workspace);
        this.menus = new AppMenus(this, session, mapPane);
        split = new SplitPane(mapPane, side);
        split.setDividerPositions(0.7);
        SplitPane.setResizableWithParent(side, false);

        session.addListener(status);
        session.addListener(new SessionListener() {
            @Override
            public void documentReplaced(Workspace ws) {
                bind(ws);
            }

            @Override
            public void annotationsChanged(java.util.Set<TopicId> topics) {
                mapPane.annotationsChanged(topics);
                notes.annotationsChanged(topics);
                side.annotationsChanged();
            }

            @Override
            public void foldingChanged(java.util.Set<TopicId> topics) {
                mapPane.foldsFromWorkspace();
            }

            @Override
            public void roadmapsChanged() {
                mapPane.roadmapsChanged(session.workspace());
            }

            @Override
            public void atlasChanged(Atlas atlas) {
                mapPane.conceptsChanged();
                notes.conceptsChanged();
                concepts.setAtlas(atlas);
                coverage = null;
                mapPane.coverageChanged();
            }

            @Override
            public void edited() {
                // Ends every open and add: once the map is painted, matching may take the second core again.
                if (session.awaitsView()) {
                    Pulses.afterFrame(stage.getScene(), session::viewShown); // the scene is set in the constructor
                }
            }

            @Override
            public void failed(String header, String message) {
                session.viewShown();
                dialogs.error(header, message);
            }

            @Override
            public void fileUsed(Path file) {
                settings.fileUsed(file);
                menus.refreshRecent();
            }
        });

        BorderPane root = new BorderPane(split, menus.bar(), null, status.bar(), null);
        root.setId("mainRoot");
        Scene scene = new Scene(root, 1200, 800);
        scene.getStylesheets().addAll(Theme.sceneStylesheets());
        FileDrop.install(scene, files::add);
        stage.setScene(scene);
        stage.setMinWidth(640);
        stage.setMinHeight(400);
        WindowPlace.restore(stage, appSettings);
        stage.setOnCloseRequest(e -> {
            if (!files.confirmDiscard("closing")) {
                e.consume();
            } else {
                session.discardRecovery();
                settings.rememberWindow();
            }
        });
        bind(session.workspace());
        status.edited();
        if (!appSettings.hintSeen()) {
            mapPane.showWelcome(this.settings::hintDismissed);
        }
    }

    void show() {
        stage.show();
    }

    private void bind(Workspace ws) {
        notes.bind(ws, session.history(), actions, session::occurrencesOf, this::reveal);
        selection = Optional.empty();
        mapPane.show(ws);
        side.annotationsChanged();
    }

    // ---- the document ----

    /** Open, add, save and quit, with the questions they ask. */
    FileCommands files() {
        return files;
    }

    /** The app is stopping: keep the window's place; unsaved work stays in the recovery file. */
    void shutdown() {
        settings.rememberWindow();
        session.close();
    }

    DocumentSession session() {
        return session;
    }

    Workspace workspace() {
        return session.workspace();
    }

    Atlas atlas() {
        return session.atlas();
    }

    // ---- the map and the side panel ----

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

    /** Sets the progress of the selected topic (keys D, L, S, 0, the context menu and the Edit menu). */
    @Override
    public void setProgressOfSelection(Progress p) {
        var item = mapPane.mergedMap().flatMap(m -> mapPane.map().getSelectedTopic().flatMap(m::item));
        if (item.isPresent()) {
            actions.setProgress(item.get(), p);
        } else {
            selection.filter(e -> !e.isRoadmap()).ifPresent(e -> actions.setProgress(e.topic().id(), p));
        }
    }

    /** Shows a topic wherever it is (the occurrence links). */
    void reveal(TopicId id) {
        mapPane.reveal(id);
    }

    /** Shows one of the side panel's tabs ({@link SideTabs#TOPIC}, {@link SideTabs#CONCEPTS}, {@link SideTabs#CONTINUE}). */
    void showSideTab(int index) {
        toggleDetails(true);
        side.getSelectionModel().select(index);
    }

    void toggleDetails(boolean visible) {
        if (visible && !split.getItems().contains(side)) {
            split.getItems().add(side);
            split.setDividerPositions(0.7);
        } else if (!visible) {
            split.getItems().remove(side);
        }
    }

    void showOutline(boolean outline) {
        mapPane.showOutline(outline);
    }

    void showCoverage() {
        mapPane.showCoverage();
    }

    /** The coverage matrix, made when first shown after the overlaps changed (a moment at 100,000 topics). */
    @Override
    public javafx.scene.Node coverageView() {
        if (coverage == null) {
            if (labelReader == null) {
                labelReader = session.matcher().twin();
            }
            coverage = new CoverageMatrixView(session.atlas(), labelReader, occurrences -> {
                if (!occurrences.isEmpty()) {
                    reveal(occurrences.get(0).topic().id());
                    mapPane.highlight(occurrences);
                }
            });
        }
        return coverage;
    }

    ExportActions exports() {
        return exports;
    }

    void about() {
        dialogs.about();
    }

    /** What the window remembers between runs. */
    WindowSettings settings() {
        return settings;
    }
}

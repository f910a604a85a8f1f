package dev.crossmap.ui;

import dev.crossmap.app.DocumentSession;
import dev.crossmap.document.ViewState;
import dev.crossmap.storage.Recovery;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Stage;

/**
 * The window's file commands (File &gt; New, Open, Add, Save, Quit, a dropped file, a crashed session's work): the
 * questions they ask (unsaved changes, replace a roadmap of the same name, restore) around the {@link DocumentSession}
 * that does the work.
 */
final class FileCommands {
    private final Stage stage;
    private final DocumentSession session;
    private final Dialogs dialogs;
    private final Supplier<ViewState> viewNow;
    private final Runnable rememberSettings;

    /**
     * @param viewNow          the view as it is now, saved with the workspace
     * @param rememberSettings keeps the window's place before quitting
     */
    FileCommands(Stage stage, DocumentSession session, Dialogs dialogs, Supplier<ViewState> viewNow, Runnable rememberSettings) {
        this.stage = stage;
        this.session = session;
        this.dialogs = dialogs;
        this.viewNow = viewNow;
        this.rememberSettings = rememberSettings;
    }

    /** Replaces what is open with these files (none: the bundled roadmaps). */
    void open(List<Path> files) {
        session.open(files);
    }

    /** Adds roadmaps; a file named like an open roadmap may replace it (the user is asked) or come in as a copy. */
    void add(List<Path> files) {
        List<Path> again = session.alreadyOpen(files);
        session.add(files, !again.isEmpty() && dialogs.askReplace(again));
    }

    void newWorkspace() {
        if (confirmDiscard("starting a new workspace")) {
            session.newWorkspace();
        }
    }

    void chooseAndOpen() {
        if (confirmDiscard("opening other files")) {
            FileChoosers.roadmaps(stage, "Open roadmaps or a workspace").ifPresent(this::open);
        }
    }

    void openRecent(Path path) {
        if (confirmDiscard("opening " + path.getFileName())) {
            open(List.of(path));
        }
    }

    void chooseAndAdd() {
        FileChoosers.roadmaps(stage, "Add roadmaps").ifPresent(this::add);
    }

    /** Offers to restore work a crashed session left; true when the user restores it (then nothing else opens). */
    boolean offerRecovery() {
        List<Recovery.Found> found = session.recoverable();
        if (found.isEmpty()) {
            return false;
        }
        Dialogs.Answer answer = dialogs.askRestore(found.get(0));
        if (answer == Dialogs.Answer.NO) {
            session.discardRecovered(found);
        } else if (answer == Dialogs.Answer.YES) {
            session.restore(found.get(0));
        }
        return answer == Dialogs.Answer.YES;
    }

    void save() {
        Optional<Path> file = session.file();
        if (file.isPresent()) {
            saveTo(file.get());
        } else {
            saveAs();
        }
    }

    void saveAs() {
        FileChoosers.workspace(stage, session.file()).ifPresent(this::saveTo);
    }

    /** Saves, with the view as it is now, to {@code target}; true when it worked. */
    boolean saveTo(Path target) {
        session.workspace().setView(viewNow.get());
        return session.saveTo(target);
    }

    /** Asks what to do with unsaved changes before {@code doing}; false when the user cancels. */
    boolean confirmDiscard(String doing) {
        if (!session.isDirty()) {
            return true;
        }
        Dialogs.Answer answer = dialogs.askSave(session.file(), doing);
        if (answer == Dialogs.Answer.YES) {
            save();
            return !session.isDirty();
        }
        return answer == Dialogs.Answer.NO;
    }

    void quit() {
        if (confirmDiscard("quitting")) {
            session.discardRecovery();
            rememberSettings.run();
            stage.close();
        }
    }
}

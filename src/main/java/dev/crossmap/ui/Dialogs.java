package dev.crossmap.ui;

import dev.crossmap.Version;
import dev.crossmap.storage.Recovery;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The window's questions and messages: replace or copy, restore lost work, save before, about, errors. */
final class Dialogs {
    /** What to do with unsaved work, or with work a crashed session left. */
    enum Answer { YES, NO, CANCEL }

    private final Window owner;

    Dialogs(Window owner) {
        this.owner = owner;
    }

    /** Whether files named like open roadmaps replace them (true) or come in as copies (false). */
    boolean askReplace(List<Path> again) {
        ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.YES);
        ButtonType copy = new ButtonType("Add as a Copy", ButtonBar.ButtonData.NO);
        Alert a = alert(Alert.AlertType.CONFIRMATION, "replaceDialog", again.get(0).getFileName()
                + (again.size() > 1 ? " and " + (again.size() - 1) + " more are" : " is") + " already open",
                "Replace the open version with this one? Your notes, progress and tags stay on their topics.", replace, copy);
        return a.showAndWait().orElse(copy) == replace;
    }

    /** Restore (YES), discard (NO) or leave for later (CANCEL) what a crashed session left. */
    Answer askRestore(Recovery.Found newest) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault())
                .format(newest.writtenAt());
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType("Not now", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = alert(Alert.AlertType.CONFIRMATION, "recoveryDialog", "Crossmap closed without saving your work",
                "Unsaved changes to " + newest.workspaceOf().map(p -> p.getFileName().toString()).orElse("an untitled workspace")
                        + " from " + when + " were kept. Restore them?", restore, discard, later);
        ButtonType answer = a.showAndWait().orElse(later);
        return answer == restore ? Answer.YES : answer == discard ? Answer.NO : Answer.CANCEL;
    }

    /** Save (YES), don't save (NO) or cancel before {@code doing}. */
    Answer askSave(Optional<Path> file, String doing) {
        ButtonType saveButton = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType dontSave = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert a = alert(Alert.AlertType.CONFIRMATION, "unsavedDialog",
                "Save changes to " + file.map(p -> (Object) p.getFileName()).orElse("this workspace") + " before " + doing + "?",
                "Your notes, progress and tags are only kept if you save them.", saveButton, dontSave, ButtonType.CANCEL);
        ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
        return answer == saveButton ? Answer.YES : answer == dontSave ? Answer.NO : Answer.CANCEL;
    }

    void about() {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle("About Crossmap");
        a.setHeaderText("Crossmap " + Version.get());
        a.setContentText("Merge several learning roadmaps into one mind map and see where they overlap.\n\n"
                + "Java " + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.runtime.version"));
        a.getDialogPane().setId("aboutDialog");
        a.show();
    }

    void error(String header, String message) {
        alert(Alert.AlertType.ERROR, "errorDialog", header, message).show();
    }

    private Alert alert(Alert.AlertType type, String id, String header, String content, ButtonType... buttons) {
        Alert a = new Alert(type, "", buttons);
        a.initOwner(owner);
        a.setTitle("Crossmap");
        a.setHeaderText(header);
        a.setContentText(content);
        a.getDialogPane().setId(id);
        return a;
    }
}

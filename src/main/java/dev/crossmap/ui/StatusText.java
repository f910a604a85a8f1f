package dev.crossmap.ui;

import dev.crossmap.app.DocumentSession;
import dev.crossmap.app.SessionListener;
import dev.crossmap.app.SessionText;
import dev.crossmap.outline.ImportWarning;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;

/**
 * The status bar: what the session says (summary, busy work, errors of the moment), the progress summary and
 * the import-warnings button; and the window title, which says the same about the document.
 */
final class StatusText implements SessionListener {
    private final StatusBar status = new StatusBar();
    private final Label progressSummary = new Label();
    private final Button warningsButton = new Button();
    private final List<ImportWarning> warnings = new ArrayList<>();
    private final Stage stage;
    private final DocumentSession session;

    StatusText(Stage stage, DocumentSession session) {
        this.stage = stage;
        this.session = session;
        status.setId("statusBar");
        status.setText("Starting\u2026");
        progressSummary.setId("progressSummary");
        warningsButton.setId("warningsButton");
        warningsButton.getStyleClass().add("warnings-button");
        warningsButton.setVisible(false);
        warningsButton.setManaged(false);
        warningsButton.setOnAction(e -> WarningsDialog.show(stage, warnings));
        status.getRightItems().addAll(progressSummary, warningsButton);
    }

    StatusBar bar() {
        return status;
    }

    @Override
    public void status(String text) {
        // the autosave reports a failed write from its own thread
        if (javafx.application.Platform.isFxApplicationThread()) {
            status.setText(text);
        } else {
            javafx.application.Platform.runLater(() -> status.setText(text));
        }
    }

    @Override
    public void working(String what) {
        if (what == null) {
            status.setProgress(0);
        } else {
            status.setText(what + "\u2026");
            status.setProgress(-1);
        }
    }

    @Override
    public void warningsChanged(List<ImportWarning> now) {
        warnings.clear();
        warnings.addAll(now);
        boolean any = !warnings.isEmpty();
        warningsButton.setText("\u26a0 " + warnings.size() + (warnings.size() == 1 ? " import warning" : " import warnings"));
        warningsButton.setVisible(any);
        warningsButton.setManaged(any);
    }

    @Override
    public void edited() {
        progressSummary.setText(SessionText.progress(session.workspace()));
        stage.setTitle(session.title());
    }
}
